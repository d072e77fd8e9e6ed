package id.meritasn.shared.security;

import id.meritasn.shared.error.ClassifiedException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Which agency a request acts for, decided once per request by the identity feature from the token's organization
 * memberships and the {@value #HEADER} header, then handed to controllers as the GraphQL context value
 * {@value #CONTEXT_KEY}. It never comes from a hidden static.
 *
 * @param agencyKey   the selected agency, or null when none could be selected
 * @param memberships every agency the caller belongs to
 * @param problem     why none was selected, when there are memberships but no unambiguous choice
 */
public record AgencySelection(
        @Nullable String agencyKey,
        List<String> memberships,
        @Nullable String problem) {

    public static final String HEADER = "X-MeritASN-Agency";
    public static final String CONTEXT_KEY = "agencySelection";

    public AgencySelection {
        memberships = List.copyOf(memberships);
    }

    public static AgencySelection none() {
        return new AgencySelection(null, List.of(), null);
    }

    /**
     * Decides the agency of a request: the one named by the header, which must be one of the caller's memberships;
     * else the only membership; else none, with the reason. Platform and national roles get no agency from the
     * header: they read across agencies only through operations that take an agency argument.
     */
    public static AgencySelection of(@Nullable Authentication caller, @Nullable String header) {
        if (caller == null || !caller.isAuthenticated()) {
            return none();
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
            return new AgencySelection(
                    null,
                    memberships,
                    "You belong to several agencies " + memberships + ": choose one with the " + HEADER + " header.");
        }
        return none();
    }

    /** The selected agency key, or an error that tells the caller how to select one. */
    public String require() {
        if (agencyKey != null) {
            return agencyKey;
        }
        if (problem != null) {
            throw new NoAgencySelectedException(problem);
        }
        throw new NoAgencySelectedException("This operation acts for an agency, and the caller belongs to none.");
    }

    /** The request acts for no agency it may act for. */
    public static final class NoAgencySelectedException extends ClassifiedException {
        NoAgencySelectedException(String message) {
            super(Kind.FORBIDDEN, message);
        }
    }
}
