package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.tenancy.TenantDatabase;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pages of employees with the positions and units their rows hold: the employee list and its export. */
@Service
class EmployeePages {

    private final TenantDatabase tenants;
    private final EmployeeRepository employees;
    private final OrganizationRepository organization;

    EmployeePages(TenantDatabase tenants, EmployeeRepository employees, OrganizationRepository organization) {
        this.tenants = tenants;
        this.employees = employees;
        this.organization = organization;
    }

    /** A page with the positions and units of its rows, when the caller shows them. */
    public record PageWithOrganization(
            List<Employee> rows,
            Map<Long, EmployeeRecords.Position> positions,
            Map<Long, EmployeeRecords.Unit> units) {}

    /**
     * {@link EmployeeService#page} and, when asked, the positions and units its rows hold, in one transaction: a list showing those
     * columns otherwise took three (page, then one batch per nested type), each with its own registry check, and was
     * the most requested query of integrating systems.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.READ)
    public PageWithOrganization pageWithOrganization(
            String agency,
            EmployeeFilter filter,
            EmployeeSort sort,
            @Nullable Map<String, Object> after,
            int limit,
            boolean withPositions,
            boolean withUnits) {
        DSLContext tenant = tenants.enter(agency);
        List<Employee> rows = employees.page(tenant, filter, sort, after, limit);
        List<Long> positionIds = withPositions ? ids(rows, Employee::positionId) : List.of();
        List<Long> unitIds = withUnits ? ids(rows, Employee::unitId) : List.of();
        Map<Long, EmployeeRecords.Position> positions = positionIds.isEmpty()
                ? Map.of()
                : byId(organization.positionsById(tenant, positionIds), EmployeeRecords.Position::id);
        Map<Long, EmployeeRecords.Unit> units =
                unitIds.isEmpty() ? Map.of() : byId(organization.unitsById(tenant, unitIds), EmployeeRecords.Unit::id);
        return new PageWithOrganization(rows, positions, units);
    }

    private static List<Long> ids(List<Employee> rows, Function<Employee, @Nullable Long> id) {
        return rows.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<Long, T> byId(List<T> values, Function<T, Long> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
