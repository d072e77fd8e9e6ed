package id.meritasn.shared.error;

import java.util.Objects;

/**
 * A failure whose meaning for the caller is known where it is thrown (not found, forbidden in this state, ...).
 * The GraphQL layer classifies it by {@link #kind()} and shows its message; anything else is an internal error.
 */
public abstract class ClassifiedException extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        BAD_REQUEST
    }

    private final Kind kind;

    protected ClassifiedException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Always given: the constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    public Kind kind() {
        return kind;
    }
}
