package id.meritasn.shared.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs platform housekeeping (seeding the demo agencies, schema upgrades at startup) as the platform itself, so the
 * same role-checked service methods serve operators and startup tasks: there is no unchecked back door.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {}

    /** Whether this is the platform's own work (startup, jobs) rather than a person or a client. */
    public static boolean isSystem(org.springframework.security.core.Authentication caller) {
        return caller instanceof UsernamePasswordAuthenticationToken && NAME.equals(caller.getName());
    }

    public static <T> T callAsPlatform(Supplier<T> task) {
        return callAs(NAME, AuthorityUtils.createAuthorityList("ROLE_" + Roles.PLATFORM_ADMIN), task);
    }

    /**
     * Runs work an agency's own processes must do whatever the caller may see, such as recomputing a colleague's
     * score after an employee gave 360-degree feedback. The result must not be handed back to that caller.
     */
    public static <T> T callForAgency(String agency, Supplier<T> task) {
        return callAs(
                NAME,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.TENANT_ADMIN, AgencyAuthorities.PREFIX + agency),
                task);
    }

    /**
     * Runs the demo's seeding of one step as the demo agency's named account with that account's role (a committee
     * member nominates, the PPK decides), so the demo's records name who acted as they would after a sign-in, and the
     * step passes the same role checks and membership rules as in the UI.
     */
    public static <T> T callAsDemoAccount(String agency, String username, String role, Supplier<T> task) {
        return callAs(
                username, AuthorityUtils.createAuthorityList("ROLE_" + role, AgencyAuthorities.PREFIX + agency), task);
    }

    private static <T> T callAs(
            String name,
            java.util.List<org.springframework.security.core.GrantedAuthority> authorities,
            Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, authorities));
        SecurityContextHolder.setContext(system);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
