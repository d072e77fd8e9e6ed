package id.meritasn.document;

import java.util.Map;

/**
 * What a document shows. {@code title} names it; {@code publicSubject} is what the public verification page may say
 * about whom or what it is (no personal data beyond the document's public form); {@code data} is what the template
 * reads, and what the verification hash covers (maps and lists in a stable order, numbers and text only); {@code
 * visuals} are what the template shows drawn from the data (a chart as an image), left out of the hash.
 */
public record DocumentModel(String title, String publicSubject, Map<String, Object> data, Map<String, Object> visuals) {

    public DocumentModel(String title, String publicSubject, Map<String, Object> data) {
        this(title, publicSubject, data, Map.of());
    }
}
