package id.meritasn.development;

import id.meritasn.shared.outcome.Outcome;

/**
 * Why a step of the development feature was refused: the reason, words to act on, and the input field at fault
 * ({@code field} empty when the step as a whole was refused). GraphQL names it DevelopmentRefusal.
 */
public record DevelopmentProblem(Reason reason, String message, String field) {

    public enum Reason {
        NOT_FOUND,
        NOT_ALLOWED,
        WRONG_STATE,
        INVALID_INPUT,
        NO_PUBLISHED_RESULT
    }

    /** A step refused as a whole. */
    static <T> Outcome<T, DevelopmentProblem> refused(Reason reason, String message) {
        return Outcome.refused(new DevelopmentProblem(reason, message, ""));
    }

    /** A step refused for one thing it was asked about (a NIP, an action), not for what was typed. */
    static <T> Outcome<T, DevelopmentProblem> refused(Reason reason, String message, String field) {
        return Outcome.refused(new DevelopmentProblem(reason, message, field));
    }

    /** A step refused for what was typed into one field. */
    static <T> Outcome<T, DevelopmentProblem> invalid(String message, String field) {
        return Outcome.refused(new DevelopmentProblem(Reason.INVALID_INPUT, message, field));
    }
}
