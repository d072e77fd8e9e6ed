package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.imports.SpreadsheetText;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.outcome.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Validates employee drafts and stores them with an audit entry, for the API and the import alike. A draft equal to
 * what is stored changes nothing and writes no audit entry, so replaying an import is a no-op. It only ever runs inside
 * the caller's transaction (the service that entered the tenant).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class EmployeeWriter {

    /** What storing one draft did to the record. */
    enum Stored {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final EmployeeRepository employees;
    private final EmployeeAuditRepository audits;
    private final OrganizationRepository organization;
    private final ReferenceDataService referenceData;
    private final ObjectMapper json;
    private final Clock clock;
    private final int appointmentAheadMonths;

    EmployeeWriter(
            EmployeeRepository employees,
            EmployeeAuditRepository audits,
            OrganizationRepository organization,
            ReferenceDataService referenceData,
            ObjectMapper json,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value(
                            "${meritasn.employee.appointment-ahead-months:" + Nip.APPOINTMENT_AHEAD_MONTHS + "}")
                    int appointmentAheadMonths) {
        this.appointmentAheadMonths = appointmentAheadMonths;
        this.employees = employees;
        this.audits = audits;
        this.organization = organization;
        this.referenceData = referenceData;
        this.json = json;
        this.clock = clock;
    }

    /** Lookups of one agency's units and positions, loaded once per batch of drafts. */
    record Lookups(
            Map<String, Long> unitIds, Map<String, Long> positionIds, Map<Long, EmployeeRecords.Position> positions) {}

    Lookups lookups(DSLContext tenant) {
        Map<Long, EmployeeRecords.Position> positions = new LinkedHashMap<>();
        organization.positions(tenant, null).forEach(p -> positions.put(p.id(), p));
        return new Lookups(organization.unitIdsByCode(tenant), organization.positionIdsByCode(tenant), positions);
    }

    /** The validated values of a draft, or every field at fault (a NIP problem first, with its rules). */
    Outcome<EmployeeValues, EmployeeProblem> validate(EmployeeDraft draft, Lookups lookups) {
        List<FieldInvalid> problems = new ArrayList<>();
        ReferenceData reference = referenceData.get();
        EmployeeRecords.EmployeeType type = EmployeeRecords.EmployeeType.PNS;
        String employeeType = trim(draft.employeeType());
        if (employeeType != null) {
            try {
                type = EmployeeRecords.EmployeeType.valueOf(employeeType.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(
                        FieldInvalid.of(EmployeeFieldText.EMPLOYEE_TYPE.with("value", employeeType), "employeeType"));
            }
        }
        boolean pppk = type == EmployeeRecords.EmployeeType.PPPK;
        Nip.Problem nipProblem = Nip.check(draft.nip(), YearMonth.now(clock), pppk, appointmentAheadMonths);
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(FieldInvalid.of(EmployeeFieldText.NAME_LENGTH.with(), "name"));
        }
        for (String[] text : new String[][] {
            {"name", name}, {"frontTitle", trim(draft.frontTitle())}, {"backTitle", trim(draft.backTitle())}
        }) {
            if (SpreadsheetText.executable(text[1])) {
                problems.add(FieldInvalid.of(EmployeeFieldText.FORMULA.with("field", text[0]), text[0]));
            }
        }
        String golonganCode = trim(draft.golongan());
        var golongan =
                golonganCode == null ? Optional.<ReferenceData.Golongan>empty() : reference.golongan(golonganCode);
        if (golongan.isEmpty() || golongan.get().pppk() != pppk) {
            problems.add(FieldInvalid.of(
                    (pppk ? EmployeeFieldText.GOLONGAN_PPPK : EmployeeFieldText.GOLONGAN_PNS)
                            .with("value", shown(draft.golongan())),
                    "golongan"));
        }
        LocalDate agreementEnd = parseDate(draft.agreementEnd());
        if (pppk && agreementEnd == null) {
            problems.add(FieldInvalid.of(
                    EmployeeFieldText.AGREEMENT_END_REQUIRED.with("value", shown(draft.agreementEnd())),
                    "agreementEnd"));
        } else if (!pppk && trim(draft.agreementEnd()) != null) {
            problems.add(FieldInvalid.of(EmployeeFieldText.AGREEMENT_END_NOT_PPPK.with(), "agreementEnd"));
        }
        LocalDate tmt = parseDate(draft.golonganTmt());
        if (tmt == null) {
            problems.add(FieldInvalid.of(
                    EmployeeFieldText.TMT_FORMAT.with("value", shown(draft.golonganTmt())), "golonganTmt"));
        } else if (tmt.isAfter(LocalDate.now(clock))) {
            problems.add(FieldInvalid.of(EmployeeFieldText.TMT_FUTURE.with(), "golonganTmt"));
        }
        Long positionId = null;
        String positionCode = trim(draft.positionCode());
        if (positionCode != null) {
            positionId = lookups.positionIds().get(positionCode);
            if (positionId == null) {
                problems.add(FieldInvalid.of(EmployeeFieldText.NO_POSITION.with("code", positionCode), "positionCode"));
            }
        }
        Long unitId = null;
        String unitCode = trim(draft.unitCode());
        if (unitCode != null) {
            unitId = lookups.unitIds().get(unitCode);
            if (unitId == null) {
                problems.add(FieldInvalid.of(EmployeeFieldText.NO_UNIT.with("code", unitCode), "unitCode"));
            }
        } else if (positionId != null) {
            // positionId came from the same lookups, so its position is there
            unitId = Objects.requireNonNull(lookups.positions().get(positionId)).unitId();
        }
        EmployeeStatus status = EmployeeStatus.ACTIVE;
        String statusName = trim(draft.status());
        if (statusName != null) {
            try {
                status = EmployeeStatus.valueOf(statusName.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldInvalid.of(EmployeeFieldText.STATUS.with("value", statusName), "status"));
            }
        }
        if (nipProblem != null || !problems.isEmpty() || golonganCode == null || tmt == null) {
            return refused(nipProblem, problems); // a missing golongan or TMT added its problem above
        }
        Nip nip = Nip.decode(draft.nip(), pppk);
        LocalDate retirement = pppk
                ? agreementEnd
                : reference.retirementDate(
                        nip, positionId == null ? null : lookups.positions().get(positionId));
        return Outcome.done(new EmployeeValues(
                nip.value(),
                name,
                trim(draft.frontTitle()),
                trim(draft.backTitle()),
                golonganCode,
                tmt,
                positionId,
                unitId,
                status,
                retirement,
                type,
                agreementEnd));
    }

    private static Outcome<EmployeeValues, EmployeeProblem> refused(
            Nip.@Nullable Problem nipProblem, List<FieldInvalid> problems) {
        List<EmployeeProblem> all = new ArrayList<>();
        if (nipProblem != null) {
            all.add(new EmployeeProblem.InvalidNip(nipProblem));
        }
        problems.stream().map(EmployeeProblem.InvalidField::new).forEach(all::add);
        return Outcome.refused(all);
    }

    /** How many drafts of a batch created, updated or left unchanged a record. */
    record Counts(int created, int updated, int unchanged) {}

    /** Stores validated values; audits what changed. */
    Stored store(DSLContext tenant, EmployeeValues values, String actor, String action) {
        Counts counts = storeAll(tenant, List.of(values), actor, action);
        return counts.created() > 0 ? Stored.CREATED : counts.updated() > 0 ? Stored.UPDATED : Stored.UNCHANGED;
    }

    /**
     * Stores a batch in a handful of statements (one read of what exists, one multi-row insert, one JDBC batch of
     * updates, one multi-row insert of audit entries). A NIP that occurs twice is compared with its own earlier row,
     * so the later one wins and the audit shows both steps.
     */
    Counts storeAll(DSLContext tenant, List<EmployeeValues> batch, String actor, String action) {
        Map<String, Employee> current = new java.util.HashMap<>();
        employees
                .findAll(
                        tenant,
                        batch.stream().map(EmployeeValues::nip).distinct().toList())
                .forEach(e -> current.put(e.nip(), e));
        java.util.Set<String> stored = new java.util.HashSet<>(current.keySet());
        Map<String, EmployeeValues> inserts = new LinkedHashMap<>();
        Map<String, EmployeeValues> updates = new LinkedHashMap<>();
        List<String[]> audit = new ArrayList<>();
        int created = 0, updated = 0, unchanged = 0;
        for (EmployeeValues values : batch) {
            Employee before = current.get(values.nip());
            if (before != null && values.sameAs(before)) {
                unchanged++;
                continue;
            }
            (stored.contains(values.nip()) ? updates : inserts).put(values.nip(), values);
            Employee after = asStored(values);
            audit.add(new String[] {values.nip(), before == null ? null : toJson(before), toJson(after)});
            current.put(values.nip(), after);
            if (before == null) {
                created++;
            } else {
                updated++;
            }
        }
        employees.insertAll(tenant, inserts.values());
        employees.updateAll(tenant, updates.values());
        audits.auditAll(tenant, actor, action, audit);
        return new Counts(created, updated, unchanged);
    }

    /** The record as the database will hold it (birth date and gender derived from the NIP, as the table does). */
    private Employee asStored(EmployeeValues v) {
        Nip nip = Nip.decode(v.nip(), v.employeeType() == EmployeeRecords.EmployeeType.PPPK);
        return new Employee(
                v.nip(),
                v.name(),
                v.frontTitle(),
                v.backTitle(),
                nip.birthDate(),
                nip.appointmentMonth().atDay(1),
                nip.gender(),
                v.golongan(),
                referenceData.get().golongan(v.golongan()).orElseThrow().pangkat(),
                v.golonganTmt(),
                v.positionId(),
                v.unitId(),
                v.status(),
                v.retirementDate(),
                v.employeeType(),
                v.agreementEnd());
    }

    private String toJson(Employee employee) {
        return json.writeValueAsString(employee);
    }

    /** A value as the refusal quotes it: as written, or empty when there was none. */
    private static String shown(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static @Nullable LocalDate parseDate(@Nullable String value) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
