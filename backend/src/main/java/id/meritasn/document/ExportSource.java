package id.meritasn.document;

import java.util.List;
import java.util.function.Consumer;

/**
 * A kind of XLSX export, implemented by the feature that owns its data. {@link #describe} runs for the person who
 * asks (their role checks apply) and names the export; {@link #rows} streams the rows at download, as the agency's
 * system actor, so 60,000 rows never sit in memory at once.
 */
public interface ExportSource {

    String kind();

    /** The export's title and public form; throws AccessDeniedException when the caller may not read the data. */
    DocumentModel describe(String agency, DocumentRequest request);

    List<String> header();

    /** Each row's cells (strings, numbers, dates or null), in the header's order. */
    void rows(String agency, DocumentRequest request, Consumer<List<?>> row);
}
