package id.meritasn.mobility;

import id.meritasn.shared.error.ClassifiedException;
import org.jspecify.annotations.Nullable;

/**
 * An expected refusal the caller can act on (no NIP linked, wrong state of a request, a reason missing). GraphQL
 * mutations turn it into a typed error in their payload; {@code field} names the input at fault, if one is.
 */
public class MobilityRefused extends ClassifiedException {

    public enum Code {
        NO_OWN_RECORD,
        NOT_PARTICIPATING,
        INVALID_INPUT,
        NOT_FOUND,
        WRONG_STATE,
        DUPLICATE,
        TRANSFER_FAILED
    }

    private final Code code;
    private final @Nullable String field;

    MobilityRefused(Code code, String message) {
        this(code, message, null);
    }

    MobilityRefused(Code code, String message, @Nullable String field) {
        super(Kind.BAD_REQUEST, message);
        this.code = code;
        this.field = field;
    }

    public Code code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }
}
