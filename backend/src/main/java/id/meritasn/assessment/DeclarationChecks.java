package id.meritasn.assessment;

import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.SystemActor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What a completeness declaration is checked against: the units the caller heads and inputs not validated yet. */
@Component
class DeclarationChecks {

    private final EmployeeService employees;
    private final OrganizationService organization;
    private final TieredValidation tiers;

    DeclarationChecks(EmployeeService employees, OrganizationService organization, TieredValidation tiers) {
        this.employees = employees;
        this.organization = organization;
        this.tiers = tiers;
    }

    /** Per unit code, how many of its employees have an input not validated (tiered agencies only). */
    Map<String, Integer> unvalidatedByUnit(String agency, long periodId) {
        Set<String> nips = tiers.unvalidated(agency, periodId);
        if (nips.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codes = new HashMap<>();
        collect(SystemActor.callForAgency(agency, () -> organization.unitTree(agency)), codes);
        Map<String, Integer> byUnit = new HashMap<>();
        SystemActor.callForAgency(agency, () -> employees.findAll(agency, nips))
                .forEach(e ->
                        byUnit.merge(e.unitId() == null ? "-" : codes.getOrDefault(e.unitId(), "-"), 1, Integer::sum));
        return byUnit;
    }

    /** The codes of the units the caller heads (by the NIP on their token). */
    Set<String> unitsHeadedByCaller(String agency) {
        String own = CallerClaims.currentNip();
        if (own == null) {
            return Set.of();
        }
        Map<Long, String> codes = new HashMap<>();
        // the organisation read on the caller's behalf: a unit head may hold no more than the employee role
        collect(SystemActor.callForAgency(agency, () -> organization.unitTree(agency)), codes);
        Set<String> headed = new HashSet<>();
        SystemActor.callForAgency(agency, () -> RaterDerivation.headNips(employees.roster(agency)))
                .forEach((unit, head) -> {
                    if (head.equals(own) && codes.containsKey(unit)) {
                        headed.add(codes.get(unit));
                    }
                });
        return headed;
    }

    /** Unit id to unit code, through the whole tree. */
    static void collect(List<Unit> units, Map<Long, String> codes) {
        for (Unit unit : units) {
            codes.put(unit.id(), unit.code());
            collect(unit.children(), codes);
        }
    }
}
