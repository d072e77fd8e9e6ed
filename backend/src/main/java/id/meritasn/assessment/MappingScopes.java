package id.meritasn.assessment;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.text.Text;
import id.meritasn.tenancy.AgencyService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/** The agency's mapping scope ({@link MappingScope}) applied to its employees. Callers are checked by their own services. */
@Service
class MappingScopes {

    private final AgencyService agencies;
    private final EmployeeService employees;
    private final ObjectMapper json;
    private final OrganizationService organization;

    MappingScopes(
            AgencyService agencies, EmployeeService employees, ObjectMapper json, OrganizationService organization) {
        this.organization = organization;
        this.agencies = agencies;
        this.employees = employees;
        this.json = json;
    }

    MappingScope of(String agency) {
        return MappingScope.of(agencies.profile(agency), json);
    }

    /**
     * The agency's scope as a judge of employees: why one is outside, or null. The kinds of the agency's posts are
     * read once, and only when the scope names kinds of post.
     */
    Function<Employee, @Nullable Text> judge(String agency) {
        MappingScope scope = of(agency);
        if (scope.positionKinds().isEmpty()) {
            return e -> scope.outside(e, null);
        }
        Map<Long, String> kinds = new HashMap<>();
        organization.positions(agency, null).forEach(p -> kinds.put(p.id(), p.kind()));
        return e -> scope.outside(e, e.positionId() == null ? null : kinds.get(e.positionId()));
    }

    /** The active employees the agency maps: all of them unless its policy narrows the scope. */
    List<String> activeInScope(String agency) {
        List<String> active = employees.activeNips(agency);
        if (of(agency).everyone()) {
            return active;
        }
        var outside = judge(agency);
        return employees.findAll(agency, active).stream()
                .filter(e -> outside.apply(e) == null)
                .map(Employee::nip)
                .toList();
    }

    /** Active employees outside the scope, each with the reason, by NIP (empty when everyone is in). */
    Map<String, String> outOfScope(String agency) {
        Map<String, String> outside = new LinkedHashMap<>();
        if (!of(agency).everyone()) {
            var judge = judge(agency);
            for (Employee employee : employees.findAll(agency, employees.activeNips(agency))) {
                Text reason = judge.apply(employee);
                if (reason != null) {
                    outside.put(employee.nip(), reason.english());
                }
            }
        }
        return outside;
    }
}
