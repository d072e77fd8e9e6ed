package id.meritasn.identity;

import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.AgencySelection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Decides the agency of a request ({@link AgencySelection#of}) and whether its header is foreign.
 */
final class AgencySelector {

    private AgencySelector() {}

    /** Whether the header names an agency the caller does not belong to (a spoofed or mistaken header: 403). */
    static boolean headerIsForeign(Authentication caller, @Nullable String header) {
        return header != null
                && !header.isBlank()
                && !AgencyAuthorities.memberships(caller).contains(header.trim());
    }

    static AgencySelection select(@Nullable Authentication caller, @Nullable String header) {
        return AgencySelection.of(caller, header);
    }
}
