package id.meritasn.document;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page says of a code: which agency issued what, when and about whom (in its public
 * form), and whether the record it showed has changed since ({@code changed}, with {@code note} saying how it knows).
 * {@code found} false: no document has this code.
 */
public record DocumentVerification(
        String code,
        boolean found,
        @Nullable String agency,
        @Nullable String kind,
        @Nullable String title,
        @Nullable String publicSubject,
        @Nullable OffsetDateTime issuedAt,
        boolean changed,
        @Nullable String note) {}
