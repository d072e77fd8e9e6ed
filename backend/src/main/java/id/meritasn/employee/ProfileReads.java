package id.meritasn.employee;

import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of who read whose personal data (UU 27/2022): every view of one employee's record, history, results or
 * roadmap by someone other than that employee is written here, in the agency's schema. The employee reads the reads of
 * their own data; the agency's data-protection officer reads all of them.
 */
@Service
public class ProfileReads {

    /** At most this many entries in one answer. */
    public static final int MAX_PAGE = 500;

    public record ProfileRead(
            Instant readAt, String reader, List<String> readerRoles, String nip, ProfileView view, String purpose) {}

    private final TenantDatabase tenants;
    private final ProfileReadRepository reads;
    private final Clock clock;

    ProfileReads(TenantDatabase tenants, ProfileReadRepository reads, Clock clock) {
        this.tenants = tenants;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * Records that the caller was shown {@code nip}'s data in {@code view}; nothing when the caller is that employee or
     * the platform itself (jobs, seeders). Called by the controllers once the data was found and is about to be shown;
     * in a transaction of its own, since the read's may be read-only and the read happened whatever follows.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String agency, String nip, ProfileView view) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || SystemActor.isSystem(caller) || nip.equals(CallerClaims.nip(caller))) {
            return;
        }
        List<String> roles = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .sorted()
                .toList();
        reads.insert(tenants.enter(agency), nip, caller.getName(), roles, view, clock.instant());
    }

    /** Who read the caller's own data, newest first (an employee: the caller's NIP from the token). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MEMBER)
    public List<ProfileRead> readsOfMine(String agency, int first) {
        String nip = CallerClaims.currentNip();
        return nip == null ? List.of() : reads.find(tenants.enter(agency), nip, null, page(first));
    }

    /** The agency's whole record, optionally of one employee or one reader (data-protection officers). */
    @Transactional(readOnly = true)
    @PreAuthorize("@tenantAccess.isMember(#agency) and hasRole('" + Roles.DATA_PROTECTION_OFFICER + "')")
    public List<ProfileRead> log(String agency, @Nullable String nip, @Nullable String reader, int first) {
        return reads.find(tenants.enter(agency), blankToNull(nip), blankToNull(reader), page(first));
    }

    private static int page(int first) {
        if (first < 1 || first > MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE + ", was " + first);
        }
        return first;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
