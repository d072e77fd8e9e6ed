package id.meritasn.document;

import java.time.OffsetDateTime;

/** A document as issued: its verification code, what it is, and the link that fetches it until {@code expiresAt}. */
public record IssuedDocument(
        String code, String kind, String format, String title, String downloadPath, OffsetDateTime expiresAt) {}
