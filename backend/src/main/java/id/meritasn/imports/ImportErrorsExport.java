package id.meritasn.imports;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.ExportSource;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The refused rows of an import job (XLSX): row number, field, the value as given and the rule it broke, for the
 * operator to correct in the source file. Who may read a job's errors may export them.
 */
@Component
class ImportErrorsExport implements ExportSource {

    /** The most rows a job keeps errors for (the import refuses a file beyond 200,000 rows). */
    private static final int ALL = 200_000;

    private final ImportJobs imports;

    ImportErrorsExport(ImportJobs imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return "IMPORT_ERRORS";
    }

    @Override
    public DocumentModel describe(String agency, DocumentRequest request) {
        ImportJob job = job(agency, request);
        return new DocumentModel(
                "Baris impor yang ditolak: " + job.fileName(),
                "Laporan kesalahan impor data " + job.target().toLowerCase(Locale.ROOT),
                Map.of("job", job.id().toString(), "refused", job.refused()));
    }

    @Override
    public List<String> header() {
        return List.of("Baris", "Kolom", "Nilai", "Kesalahan");
    }

    @Override
    public void rows(String agency, DocumentRequest request, Consumer<List<?>> row) {
        imports.rowErrors(agency, job(agency, request), ALL)
                .forEach(e -> row.accept(Arrays.asList(
                        e.rowNumber(), e.field(), e.value(), e.text().indonesian())));
    }

    private ImportJob job(String agency, DocumentRequest request) {
        UUID id;
        try {
            id = UUID.fromString(
                    request.requestId() == null ? "" : request.requestId().trim());
        } catch (IllegalArgumentException e) {
            throw new DocumentRefused("An error report is of one import job: give its id as requestId.", "requestId");
        }
        return imports.anyJob(agency, id)
                .orElseThrow(() -> new DocumentRefused("No import job " + id + " in this agency.", "requestId"));
    }
}
