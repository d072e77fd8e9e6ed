package id.meritasn.identity;

import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.AgencySelection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

import java.util.List;

/**
 * Decides the agency of a request: the one named by the header, which must be one of the caller's memberships; else
 * the only membership; else none, with the reason. Platform and national roles get no agency from the header: they
 * read across agencies only through operations that take an agency argument.
 */
final class AgencySelector {

    private AgencySelector() {
    }

    /** Whether the header names an agency the caller does not belong to (a spoofed or mistaken header: 403). */
    static boolean headerIsForeign(Authentication caller, @Nullable String header) {
        return header != null && !header.isBlank() && !AgencyAuthorities.memberships(caller).contains(header.trim());
    }

    static AgencySelection select(@Nullable Authentication caller, @Nullable String header) {
        if (caller == null || !caller.isAuthenticated()) {
            return AgencySelection.none();
        }
        List<String> memberships = AgencyAuthorities.memberships(caller);
        if (header != null && !header.isBlank()) {
            String wanted = header.trim();
            return memberships.contains(wanted)
                    ? new AgencySelection(wanted, memberships, null)
                    : new AgencySelection(null, memberships, "You are not a member of agency '" + wanted + "'.");
        }
        if (memberships.size() == 1) {
            return new AgencySelection(memberships.getFirst(), memberships, null);
        }
        if (memberships.size() > 1) {
            return new AgencySelection(null, memberships, "You belong to several agencies " + memberships
                    + ": choose one with the " + AgencySelection.HEADER + " header.");
        }
        return AgencySelection.none();
    }
}
