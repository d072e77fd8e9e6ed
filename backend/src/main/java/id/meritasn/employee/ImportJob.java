package id.meritasn.employee;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/** GraphQL type ImportJob: an import's progress and outcome (rows done of total, refused so far). */
public record ImportJob(UUID id, String fileName, String fileKind, Status status, int totalRows, int rowsDone,
                        int created, int updated, int unchanged, int refused, @Nullable String failure,
                        String createdBy, OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt) {

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    /** One refused field of one row: the error report lists them all. */
    public record RowError(int rowNumber, String field, @Nullable String value, String message) {
    }
}
