package id.meritasn.ui;

import id.meritasn.shared.security.AgencyAuthorities;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as the browser services need them: the agency they act for, their username. */
final class UiCaller {

    private UiCaller() {}

    /** The first agency of the user's memberships (the UI acts for one agency at a time). */
    static String agency() {
        List<String> memberships =
                AgencyAuthorities.memberships(SecurityContextHolder.getContext().getAuthentication());
        if (memberships.isEmpty()) {
            throw new AccessDeniedException("Your account does not belong to an agency.");
        }
        return memberships.getFirst();
    }

    static String username() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
