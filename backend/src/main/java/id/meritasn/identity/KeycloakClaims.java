package id.meritasn.identity;

import id.meritasn.shared.security.AgencyAuthorities;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads what Keycloak puts in an access token: realm roles under {@code realm_access.roles} (lowercase, hyphenated:
 * {@code tenant-admin} becomes {@code ROLE_TENANT_ADMIN}) and organization memberships under {@code organization}
 * (a list of aliases, or a map keyed by alias when the mapper adds ids or attributes). Alias = tenant key.
 */
final class KeycloakClaims {

    static final String ORGANIZATION = "organization";

    private KeycloakClaims() {}

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> roles) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(
                    "ROLE_" + String.valueOf(role).toUpperCase(Locale.ROOT).replace('-', '_'))));
        }
        organizations(jwt)
                .forEach(alias -> authorities.add(new SimpleGrantedAuthority(AgencyAuthorities.PREFIX + alias)));
        return authorities;
    }

    static List<String> organizations(Jwt jwt) {
        Object claim = jwt.getClaims().get(ORGANIZATION);
        if (claim instanceof Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).sorted().toList();
        }
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).sorted().toList();
        }
        if (claim instanceof String single && !single.isBlank()) {
            return List.of(single);
        }
        return List.of();
    }

    /** A person's username, or for a machine client its client id. */
    static String name(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        if (username != null && !username.startsWith("service-account-")) {
            return username;
        }
        String client = jwt.getClaimAsString("azp");
        if (client != null) {
            return "client:" + client;
        }
        return Objects.requireNonNull(jwt.getSubject(), "a token names its subject");
    }
}
