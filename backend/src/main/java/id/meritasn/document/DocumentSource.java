package id.meritasn.document;

import org.jspecify.annotations.Nullable;

/**
 * A kind of PDF document, implemented by the feature that owns its data, beside its template. {@link #model} reads
 * through the feature's own secured services: called for the person who asks, their role checks decide whether the
 * document is theirs to issue; called again at download and on verification, it runs as the agency's system actor.
 */
public interface DocumentSource {

    /** The kind's name in the API, e.g. TALENT_MAP_REPORT. */
    String kind();

    /** The template on the classpath, e.g. id/meritasn/assessment/documents/talent-map-report.html. */
    String template();

    /** The document's data: its title, its public form (for the verification page) and what the template shows. */
    DocumentModel model(String agency, DocumentRequest request);

    /**
     * What issuing needs: the title and public form, read for the person who asks so their role checks apply. The
     * whole model by default; a large document answers from a summary (the data is read when the file is made).
     */
    default DocumentModel describe(String agency, DocumentRequest request) {
        return model(agency, request);
    }

    /**
     * The template of a long appendix rendered part by part (each part of the model's visual {@value #APPENDIX} as
     * {@code part}), which keeps the memory of a very long document bounded; null when the document has none.
     */
    default @Nullable String appendixTemplate() {
        return null;
    }

    /** The model's visual holding the appendix's parts, a list of maps. */
    String APPENDIX = "appendix";
}
