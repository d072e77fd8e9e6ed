package id.meritasn.imports;

import id.meritasn.shared.checkpoint.Checkpoints;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in the background, chunk by chunk. Each chunk's rows and the job's progress commit in one
 * transaction, so after a crash the job resumes at rows_done and nothing is done twice (and a row done twice would
 * still change nothing: the writer skips identical records). Callers are authorized when they submit the job; the
 * runner works for the agency the job belongs to.
 */
@Service
class ImportJobRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

    private final TenantDatabase tenants;
    private final ImportJobRepository jobs;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Map<String, ImportTarget> targets;
    private final int chunkSize;
    private final Checkpoints checkpoints;

    ImportJobRunner(
            TenantDatabase tenants,
            ImportJobRepository jobs,
            TransactionTemplate transactions,
            TaskExecutor applicationTaskExecutor,
            List<ImportTarget> targets,
            @Value("${meritasn.import.chunk-size:500}") int chunkSize,
            Checkpoints checkpoints) {
        this.targets = targets.stream().collect(Collectors.toMap(ImportTarget::name, t -> t));
        this.tenants = tenants;
        this.jobs = jobs;
        this.transactions = transactions;
        this.executor = applicationTaskExecutor;
        this.chunkSize = chunkSize;
        this.checkpoints = checkpoints;
    }

    void start(String agency, UUID id) {
        executor.execute(() -> {
            try {
                run(agency, id);
            } catch (RuntimeException e) {
                log.error("Import {} of agency {} stopped", id, agency, e);
            }
        });
    }

    /** Runs (or resumes) a job to its end; returns without work when it already ended. */
    void run(String agency, UUID id) {
        TenantId tenant = TenantId.of(agency);
        ImportJob job =
                transactions.execute(s -> jobs.find(tenants.enter(tenant), id).orElseThrow());
        if (job.status() == ImportJob.Status.COMPLETED || job.status() == ImportJob.Status.FAILED) {
            return;
        }
        ImportTarget target = targets.get(job.target());
        try {
            if (target == null) {
                throw new ImportFileProblem(ImportFileProblem.Rule.UNREADABLE, "No importer for " + job.target() + ".");
            }
            byte[] content = transactions.execute(s -> jobs.content(tenants.enter(tenant), id));
            Map<String, String> params = transactions.execute(s -> jobs.params(tenants.enter(tenant), id));
            TabularFile.Kind kind = TabularFile.Kind.valueOf(job.fileKind());
            int total = TabularFile.check(kind, content, target.columns(), target.required());
            transactions.executeWithoutResult(s -> jobs.started(tenants.enter(tenant), id, total));
            // one pass over the file, a chunk of rows at a time: the largest file never has all its rows in memory
            TabularFile.forEachChunk(
                    kind, content, target.columns(), target.required(), job.rowsDone(), chunkSize, (chunk, to) -> {
                        transactions.executeWithoutResult(s -> {
                            // a chunk is safe to repeat: its rows and the job's progress commit together, so a crash
                            // that loses the last chunks' commits (not yet flushed; a later synchronous commit flushes
                            // them) makes the resumed job redo exactly those, and storing a row twice changes nothing.
                            // What the API acknowledged (the job and its file) and the job's completion stay
                            // synchronous.
                            jobs.relaxCommitWait(tenants.enter(tenant));
                            ImportTarget.Outcome outcome = target.store(agency, params, chunk, job.createdBy());
                            DSLContext db = tenants.enter(tenant);
                            jobs.rowErrors(db, id, outcome.errors());
                            jobs.progressed(
                                    db,
                                    id,
                                    to,
                                    outcome.created(),
                                    outcome.updated(),
                                    outcome.unchanged(),
                                    outcome.refused());
                        });
                        checkpoints.reached(Checkpoints.Point.IMPORT_CHUNK_COMMITTED, to);
                    });
        } catch (ImportFileProblem e) {
            transactions.executeWithoutResult(
                    s -> jobs.finished(tenants.enter(tenant), id, ImportJob.Status.FAILED, e.getMessage()));
            return;
        }
        transactions.executeWithoutResult(
                s -> jobs.finished(tenants.enter(tenant), id, ImportJob.Status.COMPLETED, null));
    }
}
