package id.meritasn.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.hilla.BrowserCallable;
import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.tenancy.AgencySummary;
import id.meritasn.tenancy.TenantDirectoryService;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in, for the layout (name, agency, roles) and for the client-side view guards. */
@BrowserCallable
@AnonymousAllowed
class UserInfoService {

    private final TenantDirectoryService directory;

    UserInfoService(TenantDirectoryService directory) {
        this.directory = directory;
    }

    /**
     * @param roles    platform roles as authorities without the ROLE_ prefix (PLATFORM_ADMIN, TENANT_ADMIN, ...),
     *                 the names views use in rolesAllowed
     * @param agencies the agencies the user belongs to, the one the UI acts for first (see {@link UiCaller})
     */
    record UserInfo(
            @NonNull String username,
            @NonNull String fullName,
            @NonNull List<@NonNull String> roles,
            @NonNull List<@NonNull AgencySummary> agencies) {}

    /** The signed-in user, or nothing for a visitor. */
    public @Nullable UserInfo me() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            return null;
        }
        String fullName = caller.getPrincipal() instanceof OidcUser oidc && oidc.getFullName() != null
                ? oidc.getFullName()
                : caller.getName();
        Map<String, AgencySummary> known =
                directory.activeAgencies().stream().collect(Collectors.toMap(AgencySummary::key, Function.identity()));
        String current = UiCaller.agencyOrNull();
        List<AgencySummary> agencies = AgencyAuthorities.memberships(caller).stream()
                .sorted(Comparator.comparing(key -> !key.equals(current)))
                .map(known::get)
                .filter(Objects::nonNull)
                .toList();
        return new UserInfo(caller.getName(), fullName, AgencyAuthorities.roles(caller), agencies);
    }
}
