package id.meritasn.shared.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller's own NIP, from the {@code nip} claim Keycloak adds for employees (a user attribute). It is how
 * self-service finds "my" record; a caller without it has no own record.
 */
public final class CallerClaims {

    private CallerClaims() {}

    /**
     * The NIP of whoever runs the current call. Services that serve "my own" data read it here rather than taking it
     * as an argument, so no caller can hand them somebody else's NIP.
     */
    public static @Nullable String currentNip() {
        return nip(SecurityContextHolder.getContext().getAuthentication());
    }

    public static @Nullable String nip(@Nullable Authentication caller) {
        if (caller instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getClaimAsString("nip");
        }
        if (caller != null && caller.getPrincipal() instanceof OidcUser user) {
            return user.getClaimAsString("nip");
        }
        if (caller != null && caller.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
            Object nip = principal.getAttribute("nip");
            return nip == null ? null : nip.toString();
        }
        return null;
    }
}
