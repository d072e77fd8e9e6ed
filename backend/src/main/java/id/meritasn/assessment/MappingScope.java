package id.meritasn.assessment;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeType;
import id.meritasn.shared.text.Text;
import id.meritasn.tenancy.AgencyProfile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Whom the agency maps at all (policy {@value #POLICY}, e.g. {"golonganMin": "II", "golonganMax": "IV", "pppk":
 * false, "positionKinds": ["JPT", "ADMINISTRATOR", "PENGAWAS"]}): Kemnaker maps golongan II to IV. People outside are
 * out of scope: computed for no map, counted apart from "not mapped yet", left out of completeness and of the
 * published results. Without the policy everyone is in.
 * <p>
 * PPPK hold grades of their own scale, so the golongan bounds never judge them; {@code pppk} says whether they are in.
 * {@code positionKinds} names the kinds of post mapped (the kinds of {@code platform.jabatan_level}: JPT,
 * ADMINISTRATOR, PENGAWAS, FUNGSIONAL_KEAHLIAN, FUNGSIONAL_KETERAMPILAN, PELAKSANA); empty means every kind. Someone
 * without a position on record stays in scope: the completeness report names what their record lacks.
 */
record MappingScope(
        @Nullable String golonganMin, @Nullable String golonganMax, boolean pppk, Set<String> positionKinds) {

    static final String POLICY = "talentmap.scope";
    static final MappingScope EVERYONE = new MappingScope(null, null, true, Set.of());
    private static final List<String> GROUPS = List.of("I", "II", "III", "IV");
    static final Set<String> KINDS =
            Set.of("JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL_KEAHLIAN", "FUNGSIONAL_KETERAMPILAN", "PELAKSANA");

    /** The agency's scope; a malformed policy counts as everyone (the policy's own check refuses it when it is set). */
    static MappingScope of(AgencyProfile profile, ObjectMapper json) {
        return profile.policies().stream()
                .filter(p -> p.name().equals(POLICY))
                .findFirst()
                .map(p -> parse(json.readTree(p.valueJson())))
                .orElse(EVERYONE);
    }

    static MappingScope parse(JsonNode value) {
        if (!value.isObject()) {
            return EVERYONE;
        }
        Set<String> kinds = new TreeSet<>();
        value.path("positionKinds").forEach(k -> {
            if (k.isString() && KINDS.contains(k.asString().trim())) {
                kinds.add(k.asString().trim());
            }
        });
        return new MappingScope(
                group(value.path("golonganMin")),
                group(value.path("golonganMax")),
                !value.has("pppk") || value.path("pppk").asBoolean(true),
                Set.copyOf(kinds));
    }

    private static @Nullable String group(JsonNode value) {
        return value.isString() && GROUPS.contains(value.asString().trim())
                ? value.asString().trim()
                : null;
    }

    boolean everyone() {
        return golonganMin == null && golonganMax == null && pppk && positionKinds.isEmpty();
    }

    /** Why the employee, holding a post of {@code positionKind} (null: none on record), is out of scope, or null. */
    @Nullable
    Text outside(Employee employee, @Nullable String positionKind) {
        if (!positionKinds.isEmpty() && positionKind != null && !positionKinds.contains(positionKind)) {
            return AssessmentRowText.OUTSIDE_POST.with(scopeArgs("kind", positionKind));
        }
        if (employee.employeeType() == EmployeeType.PPPK) {
            return pppk ? null : AssessmentRowText.OUTSIDE_PPPK.with("policy", POLICY);
        }
        int slash = employee.golongan().indexOf('/');
        int group = GROUPS.indexOf(
                slash < 0 ? employee.golongan() : employee.golongan().substring(0, slash));
        boolean below = golonganMin != null && group < GROUPS.indexOf(golonganMin);
        boolean above = golonganMax != null && group > GROUPS.indexOf(golonganMax);
        return below || above
                ? AssessmentRowText.OUTSIDE_GOLONGAN.with(scopeArgs("golongan", employee.golongan()))
                : null;
    }

    /** The scope as the texts' arguments, after the one that names what is outside. */
    private Object[] scopeArgs(String name, String value) {
        return new Object[] {
            name,
            value,
            "from",
            golonganMin == null ? "I" : golonganMin,
            "to",
            golonganMax == null ? "IV" : golonganMax,
            "pppk",
            pppk,
            "kinds",
            positionKinds.isEmpty() ? "none" : String.join(", ", new TreeSet<>(positionKinds)),
            "policy",
            POLICY
        };
    }
}
