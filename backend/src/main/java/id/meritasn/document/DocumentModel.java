package id.meritasn.document;

import java.util.Map;

/**
 * What a document shows. {@code title} names it; {@code publicSubject} is what the public verification page may say
 * about whom or what it is (no personal data beyond the document's public form); {@code data} is what the template
 * reads, and what the verification hash covers (records and lists in a stable order).
 */
public record DocumentModel(String title, String publicSubject, Map<String, Object> data) {
}
