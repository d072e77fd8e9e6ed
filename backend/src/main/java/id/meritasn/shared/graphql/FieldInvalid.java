package id.meritasn.shared.graphql;

import id.meritasn.shared.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL type {@code FieldInvalid}: an input field broke a rule. {@code text} is the rule in both languages where
 * it has a code ({@link #of}); {@code message} is its English, as integrators have read it from the start.
 */
public record FieldInvalid(
        String message, String field, @Nullable Text text) {

    public FieldInvalid(String message, String field) {
        this(message, field, null);
    }

    public static FieldInvalid of(Text text, String field) {
        return new FieldInvalid(text.english(), field, text);
    }
}
