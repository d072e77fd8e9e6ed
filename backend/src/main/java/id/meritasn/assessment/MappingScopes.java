package id.meritasn.assessment;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.tenancy.AgencyService;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The agency's mapping scope ({@link MappingScope}) applied to its employees. Callers are checked by their own services. */
@Service
class MappingScopes {

    private final AgencyService agencies;
    private final EmployeeService employees;
    private final ObjectMapper json;

    MappingScopes(AgencyService agencies, EmployeeService employees, ObjectMapper json) {
        this.agencies = agencies;
        this.employees = employees;
        this.json = json;
    }

    MappingScope of(String agency) {
        return MappingScope.of(agencies.profile(agency), json);
    }

    /** The active employees the agency maps: all of them unless its policy narrows the scope. */
    List<String> activeInScope(String agency) {
        MappingScope scope = of(agency);
        List<String> active = employees.activeNips(agency);
        return scope.everyone() ? active
                : employees.findAll(agency, active).stream().filter(scope::includes).map(Employee::nip).toList();
    }

    /** Active employees outside the scope, each with the reason, by NIP (empty when everyone is in). */
    Map<String, String> outOfScope(String agency) {
        MappingScope scope = of(agency);
        Map<String, String> outside = new LinkedHashMap<>();
        if (!scope.everyone()) {
            for (Employee employee : employees.findAll(agency, employees.activeNips(agency))) {
                String reason = scope.outside(employee);
                if (reason != null) {
                    outside.put(employee.nip(), reason);
                }
            }
        }
        return outside;
    }
}
