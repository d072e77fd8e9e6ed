package id.meritasn.document;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A document cannot be issued as asked: which field, and why (returned as a typed payload error, never thrown out). */
public class DocumentRefused extends RuntimeException {

    private final @Nullable String field;

    /** Always given: the constructors take the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    public DocumentRefused(String message, @Nullable String field) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
