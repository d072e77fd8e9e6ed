package id.meritasn.imports;

import static id.meritasn.jooq.t_template.Tables.IMPORT_JOB;
import static id.meritasn.jooq.t_template.Tables.IMPORT_ROW_ERROR;

import id.meritasn.jooq.t_template.tables.records.ImportJobRecord;
import id.meritasn.jooq.t_template.tables.records.ImportRowErrorRecord;
import id.meritasn.shared.text.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class ImportJobRepository {

    /** The code of a reason stored before reasons had codes. */
    static final String UNCODED = "imports.row.UNCODED";

    private static final TypeReference<Map<String, String>> ARGS = new TypeReference<>() {};

    void insert(
            DSLContext tenant,
            UUID id,
            String target,
            Map<String, String> params,
            String fileName,
            TabularFile.Kind kind,
            byte[] content,
            String actor) {
        tenant.insertInto(IMPORT_JOB)
                .set(IMPORT_JOB.ID, id)
                .set(IMPORT_JOB.FILE_NAME, fileName)
                .set(IMPORT_JOB.TARGET, target)
                .set(IMPORT_JOB.PARAMS, JSONB.valueOf(json.writeValueAsString(params)))
                .set(IMPORT_JOB.FILE_KIND, kind.name())
                .set(IMPORT_JOB.CONTENT, content)
                .set(IMPORT_JOB.STATUS, ImportJob.Status.QUEUED.name())
                .set(IMPORT_JOB.CREATED_BY, actor)
                .execute();
    }

    private final ObjectMapper json;

    ImportJobRepository(ObjectMapper json) {
        this.json = json;
    }

    Map<String, String> params(DSLContext tenant, UUID id) {
        return json.readValue(
                tenant.select(IMPORT_JOB.PARAMS)
                        .from(IMPORT_JOB)
                        .where(IMPORT_JOB.ID.eq(id))
                        .fetchOptional(IMPORT_JOB.PARAMS)
                        .orElseThrow()
                        .data(),
                ARGS);
    }

    Optional<ImportJob> find(DSLContext tenant, UUID id) {
        return tenant.selectFrom(IMPORT_JOB).where(IMPORT_JOB.ID.eq(id)).fetchOptional(ImportJobRepository::toJob);
    }

    byte[] content(DSLContext tenant, UUID id) {
        return tenant.select(IMPORT_JOB.CONTENT)
                .from(IMPORT_JOB)
                .where(IMPORT_JOB.ID.eq(id))
                .fetchOptional(IMPORT_JOB.CONTENT)
                .orElseThrow();
    }

    List<ImportJob> recent(DSLContext tenant, String target, int limit) {
        return tenant.selectFrom(IMPORT_JOB)
                .where(IMPORT_JOB.TARGET.eq(target))
                .orderBy(IMPORT_JOB.CREATED_AT.desc())
                .limit(limit)
                .fetch(ImportJobRepository::toJob);
    }

    List<UUID> unfinished(DSLContext tenant) {
        return tenant.select(IMPORT_JOB.ID)
                .from(IMPORT_JOB)
                .where(IMPORT_JOB.STATUS.in(ImportJob.Status.QUEUED.name(), ImportJob.Status.RUNNING.name()))
                .orderBy(IMPORT_JOB.CREATED_AT)
                .fetch(IMPORT_JOB.ID);
    }

    void started(DSLContext tenant, UUID id, int totalRows) {
        tenant.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportJob.Status.RUNNING.name())
                .set(IMPORT_JOB.TOTAL_ROWS, totalRows)
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    /** Progress of one committed chunk, in the chunk's own transaction. */
    /** This transaction's commit does not wait for the WAL flush (see the caller for why that is safe there). */
    void relaxCommitWait(DSLContext tenant) {
        tenant.execute("SET LOCAL synchronous_commit = off");
    }

    void progressed(DSLContext tenant, UUID id, int rowsDone, int created, int updated, int unchanged, int refused) {
        tenant.update(IMPORT_JOB)
                .set(IMPORT_JOB.ROWS_DONE, rowsDone)
                .set(IMPORT_JOB.CREATED, IMPORT_JOB.CREATED.plus(created))
                .set(IMPORT_JOB.UPDATED, IMPORT_JOB.UPDATED.plus(updated))
                .set(IMPORT_JOB.UNCHANGED, IMPORT_JOB.UNCHANGED.plus(unchanged))
                .set(IMPORT_JOB.REFUSED, IMPORT_JOB.REFUSED.plus(refused))
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    void finished(DSLContext tenant, UUID id, ImportJob.Status status, @Nullable String failure) {
        tenant.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, status.name())
                .set(IMPORT_JOB.FAILURE, failure)
                .set(IMPORT_JOB.FINISHED_AT, DSL.currentOffsetDateTime())
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    void rowErrors(DSLContext tenant, UUID id, List<ImportJob.RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        var insert = tenant.insertInto(
                IMPORT_ROW_ERROR,
                IMPORT_ROW_ERROR.JOB_ID,
                IMPORT_ROW_ERROR.ROW_NUMBER,
                IMPORT_ROW_ERROR.FIELD,
                IMPORT_ROW_ERROR.VALUE,
                IMPORT_ROW_ERROR.MESSAGE,
                IMPORT_ROW_ERROR.CODE,
                IMPORT_ROW_ERROR.ARGS,
                IMPORT_ROW_ERROR.MESSAGE_ID);
        for (ImportJob.RowError e : errors) {
            insert = insert.values(
                    id,
                    e.rowNumber(),
                    e.field(),
                    e.value(),
                    e.text().english(),
                    e.text().code(),
                    JSONB.valueOf(json.writeValueAsString(e.text().args())),
                    e.text().indonesian());
        }
        insert.onConflictDoNothing().execute();
    }

    List<ImportJob.RowError> rowErrors(DSLContext tenant, UUID id, int limit) {
        return tenant.selectFrom(IMPORT_ROW_ERROR)
                .where(IMPORT_ROW_ERROR.JOB_ID.eq(id))
                .orderBy(IMPORT_ROW_ERROR.ROW_NUMBER, IMPORT_ROW_ERROR.FIELD)
                .limit(limit)
                .fetch(r -> new ImportJob.RowError(r.getRowNumber(), r.getField(), r.getValue(), text(r)));
    }

    /** A row refused before reasons had codes has its English text only, shown in both languages. */
    private Text text(ImportRowErrorRecord r) {
        if (r.getCode() == null || r.getMessageId() == null) {
            return new Text(UNCODED, Map.of(), r.getMessage(), r.getMessage());
        }
        return new Text(r.getCode(), json.readValue(r.getArgs().data(), ARGS), r.getMessage(), r.getMessageId());
    }

    private static ImportJob toJob(ImportJobRecord r) {
        return new ImportJob(
                r.getId(),
                r.getTarget(),
                r.getFileName(),
                r.getFileKind(),
                ImportJob.Status.valueOf(r.getStatus()),
                r.getTotalRows(),
                r.getRowsDone(),
                r.getCreated(),
                r.getUpdated(),
                r.getUnchanged(),
                r.getRefused(),
                r.getFailure(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getFinishedAt());
    }
}
