package id.meritasn.employee;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService.HistoryView;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee's own data, all of it that the platform holds about them, for download (JSON) and reading: the record,
 * every history, what other features hold (their {@link PersonalDataSource}s) and who was shown any of it.
 */
@Service
public class MyDataService {

    public record MyData(
            Instant generatedAt,
            String agency,
            String nip,
            Employee employee,
            Map<String, List<?>> histories,
            Map<String, Object> sections,
            List<ProfileReads.ProfileRead> readsByOthers) {}

    private final TenantDatabase tenants;
    private final EmployeeRepository employees;
    private final EmployeeService histories;
    private final ProfileReadRepository reads;
    private final List<PersonalDataSource> sources;
    private final Clock clock;

    MyDataService(
            TenantDatabase tenants,
            EmployeeRepository employees,
            EmployeeService histories,
            ProfileReadRepository reads,
            List<PersonalDataSource> sources,
            Clock clock) {
        this.tenants = tenants;
        this.employees = employees;
        this.histories = histories;
        this.reads = reads;
        this.sources = sources;
        this.clock = clock;
    }

    /** Empty when the caller's account has no NIP or the NIP is not an employee of the agency. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MEMBER)
    public Optional<MyData> mine(String agency) {
        String nip = CallerClaims.currentNip();
        if (nip == null) {
            return Optional.empty();
        }
        DSLContext tenant = tenants.enter(agency);
        Optional<Employee> employee = employees.find(tenant, nip);
        if (employee.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<?>> history = new LinkedHashMap<>();
        for (HistoryView view : HistoryView.values()) {
            history.put(view.name(), histories.ownHistory(tenant, view, nip));
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        sources.forEach(source -> sections.put(source.section(), source.ownData(agency, nip)));
        return Optional.of(new MyData(
                clock.instant(),
                agency,
                nip,
                employee.get(),
                history,
                sections,
                reads.find(tenant, nip, null, ProfileReads.MAX_PAGE)));
    }
}
