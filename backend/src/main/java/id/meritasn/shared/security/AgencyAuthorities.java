package id.meritasn.shared.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Agency membership travels as authorities ({@code AGENCY_<key>}) beside the roles, whether the caller came with a
 * bearer token (API) or an OIDC session (UI), so one check serves both.
 */
public final class AgencyAuthorities {

    public static final String PREFIX = "AGENCY_";

    private AgencyAuthorities() {}

    public static List<String> memberships(@Nullable Authentication authentication) {
        if (authentication == null) {
            return List.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length()))
                .sorted()
                .toList();
    }

    public static List<String> roles(@Nullable Authentication authentication) {
        if (authentication == null) {
            return List.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .sorted()
                .toList();
    }
}
