package id.meritasn.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.meritasn.employee.EmployeeRecordsChanged;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.SystemActor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is whose direct superior, derived from the organisation as the 360's SUPERIOR group and tiered validation
 * derive it (the head of the employee's unit, or for a head the head of the nearest unit above), for other features
 * that let a superior act for their people (development plans). Read as the agency: anyone of it may ask.
 */
@Service
public class Superiors {

    private final EmployeeService employees;
    private final OrganizationService organization;
    /**
     * The derivation reads the agency's whole roster and unit tree; the inbox asks for it every few seconds per
     * person. Kept a minute, and dropped when the agency's records change (a unit head appointed or moved).
     */
    private final Cache<String, Map<String, String>> cache = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    Superiors(EmployeeService employees, OrganizationService organization) {
        this.employees = employees;
        this.organization = organization;
    }

    /** Each employee's direct superior, by NIP; employees without one are absent. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MEMBER)
    public Map<String, String> all(String agency) {
        return cache.get(
                agency,
                key -> Map.copyOf(SystemActor.callForAgency(
                        agency,
                        () -> RaterDerivation.superiors(
                                employees.roster(agency),
                                RaterDerivation.unitParents(organization.unitTree(agency))))));
    }

    @EventListener
    void recordsChanged(EmployeeRecordsChanged changed) {
        cache.invalidate(changed.agency());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MEMBER)
    public @Nullable String of(String agency, String nip) {
        return all(agency).get(nip);
    }

    /** The employees whose direct superior this NIP is. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MEMBER)
    public List<String> subordinates(String agency, String superiorNip) {
        return all(agency).entrySet().stream()
                .filter(e -> e.getValue().equals(superiorNip))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
