package id.meritasn.development;

/** What a step of the development feature came to: what it made or changed, or why nothing changed. */
public sealed interface Outcome<T> {

    /** Why a step was refused. */
    enum Reason {
        NOT_FOUND,
        NOT_ALLOWED,
        WRONG_STATE,
        INVALID_INPUT,
        NO_PUBLISHED_RESULT
    }

    record Done<T>(T value) implements Outcome<T> {}

    /** Refused for one input field, or for the step as a whole ({@code field} empty). */
    record Refused<T>(Reason reason, String message, String field) implements Outcome<T> {}

    static <T> Outcome<T> refused(Reason reason, String message) {
        return new Refused<>(reason, message, "");
    }

    static <T> Outcome<T> invalid(String message, String field) {
        return new Refused<>(Reason.INVALID_INPUT, message, field);
    }
}
