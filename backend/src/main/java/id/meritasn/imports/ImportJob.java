package id.meritasn.imports;

import id.meritasn.shared.text.Text;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL type ImportJob: an import's progress and outcome (rows done of total, refused so far). {@code target} is
 * EMPLOYEES or the name of another feature's {@link ImportTarget}.
 */
public record ImportJob(
        UUID id,
        String target,
        String fileName,
        String fileKind,
        Status status,
        int totalRows,
        int rowsDone,
        int created,
        int updated,
        int unchanged,
        int refused,
        @Nullable String failure,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime finishedAt) {

    public static final String EMPLOYEES = "EMPLOYEES";

    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED
    }

    /** One refused field of one row, with the rule it broke in both languages: the error report lists them all. */
    public record RowError(
            int rowNumber, String field, @Nullable String value, Text text) {

        /** The reason in English: GraphQL's {@code message}, as integrators have read it from the start. */
        public String message() {
            return text.english();
        }
    }
}
