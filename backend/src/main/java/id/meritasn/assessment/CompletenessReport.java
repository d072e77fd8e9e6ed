package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.MissingCount;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.AssessmentRecords.UnitCompleteness;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.tenancy.TenantDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The completeness report of a period: per unit, its employees, how many are mapped and what the others miss. */
@Service
class CompletenessReport {

    private final TenantDatabase tenants;
    private final AssessmentRepository repository;
    private final EmployeeService employees;
    private final OrganizationService organization;
    private final MappingScopes scopes;

    CompletenessReport(
            TenantDatabase tenants,
            AssessmentRepository repository,
            EmployeeService employees,
            OrganizationService organization,
            MappingScopes scopes) {
        this.tenants = tenants;
        this.repository = repository;
        this.employees = employees;
        this.organization = organization;
        this.scopes = scopes;
    }

    /**
     * Completeness per unit: employees, mapped, not mapped yet, and the missing items counted, most frequent first,
     * so an operator knows which unit to chase for which data.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public List<UnitCompleteness> completeness(String agency, long periodId) {
        DSLContext tenant = tenants.enter(agency);
        repository
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused("UNKNOWN_PERIOD", "No period " + periodId + "."));
        Map<String, TalentResult> results = repository.latestSummaries(tenant, periodId);
        // only whom the agency maps: people outside its scope are no gap to chase
        var people = employees.findAll(agency, scopes.activeInScope(agency));
        Map<Long, String[]> units = new HashMap<>();
        organization
                .units(
                        agency,
                        people.stream()
                                .map(e -> e.unitId())
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                .forEach(u -> units.put(u.id(), new String[] {u.code(), u.name()}));
        Map<String, List<TalentResult>> byUnit = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (var e : people) {
            Long unitId = e.unitId();
            String[] unit = unitId == null
                    ? new String[] {"-", "Tanpa unit"}
                    : Objects.requireNonNull(units.get(unitId), "units were read for every unit id");
            names.put(unit[0], unit[1]);
            TalentResult r = results.get(e.nip());
            byUnit.computeIfAbsent(unit[0], k -> new ArrayList<>()).add(r);
        }
        List<UnitCompleteness> report = new ArrayList<>();
        byUnit.forEach((code, list) -> {
            int mapped =
                    (int) list.stream().filter(r -> r != null && r.mapped()).count();
            Map<String, Integer> missing = new HashMap<>();
            list.forEach(r -> {
                if (r == null) {
                    missing.merge(MissingInput.NOT_COMPUTED.english(), 1, Integer::sum);
                } else {
                    r.missing().forEach(m -> missing.merge(m, 1, Integer::sum));
                }
            });
            report.add(new UnitCompleteness(
                    code,
                    names.getOrDefault(code, code),
                    list.size(),
                    mapped,
                    list.size() - mapped,
                    missing.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue()
                                    .reversed())
                            .map(m -> new MissingCount(m.getKey(), m.getValue()))
                            .toList()));
        });
        return report;
    }
}
