package id.meritasn.inbox;

import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.CallerClaims;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person whose inbox is read: their username (the actor the records name), realm roles and NIP if linked. */
public record Caller(
        String username, Set<String> roles, @Nullable String nip) {

    /** Whether the caller holds the role ({@code Roles} constants, without the ROLE_ prefix). */
    public boolean has(String role) {
        return roles.contains(role);
    }

    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("An inbox is read for a signed-in caller");
        }
        return new Caller(
                authentication.getName(),
                Set.copyOf(AgencyAuthorities.roles(authentication)),
                CallerClaims.nip(authentication));
    }
}
