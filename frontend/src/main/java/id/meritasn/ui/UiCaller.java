package id.meritasn.ui;

import id.meritasn.shared.security.AgencyAuthorities;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user as the browser services need them: the agency they act for, their username. A user who belongs
 * to several agencies acts for one at a time: the one chosen in this session, else the first of their memberships.
 */
final class UiCaller {

    /** The session attribute holding the chosen agency's key. */
    static final String CHOSEN_AGENCY = "meritasn.agency";

    private UiCaller() {}

    static String agency() {
        List<String> memberships = memberships();
        if (memberships.isEmpty()) {
            throw new AccessDeniedException("Your account does not belong to an agency.");
        }
        // a membership may have been withdrawn since the choice: then the first remaining one
        return chosen().filter(memberships::contains).orElse(memberships.getFirst());
    }

    /** The agency this session acts for, or nothing for an account without an agency. */
    static @Nullable String agencyOrNull() {
        return memberships().isEmpty() ? null : agency();
    }

    /** Acts for the given agency from now on in this session; refused for an agency the user does not belong to. */
    static void choose(String agency) {
        if (!memberships().contains(agency)) {
            throw new AccessDeniedException("Your account does not belong to agency " + agency + ".");
        }
        session(true).ifPresent(s -> s.setAttribute(CHOSEN_AGENCY, agency));
    }

    static String username() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static List<String> memberships() {
        return AgencyAuthorities.memberships(SecurityContextHolder.getContext().getAuthentication());
    }

    private static Optional<String> chosen() {
        return session(false).map(s -> s.getAttribute(CHOSEN_AGENCY)).map(String.class::cast);
    }

    private static Optional<HttpSession> session(boolean create) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(create))
                : Optional.empty();
    }
}
