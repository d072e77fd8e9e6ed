package id.meritasn.imports;

import id.meritasn.shared.checkpoint.Checkpoints;
import id.meritasn.support.ScriptedCheckpoints;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For other features' tests and benchmarks: a job stored without starting it, then run in the caller's thread, with a
 * crash simulated after a chunk if asked (the runner and the job store stay package-private to the imports feature).
 */
public final class ImportJobRuns {

    private final ApplicationContext context;

    public ImportJobRuns(ApplicationContext context) {
        this.context = context;
    }

    /** Stores a CSV job for the target as submitting would, but leaves it queued. */
    public UUID queued(String agency, String target, String fileName, byte[] csv, String actor) {
        UUID id = UUID.randomUUID();
        ImportJobRepository jobs = context.getBean(ImportJobRepository.class);
        TenantDatabase tenants = context.getBean(TenantDatabase.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(s -> jobs.insert(
                        tenants.enter(TenantId.of(agency)),
                        id,
                        target,
                        Map.of(),
                        fileName,
                        TabularFile.Kind.CSV,
                        csv,
                        actor));
        return id;
    }

    /** Runs (or resumes) the job to its end in this thread. */
    public void run(String agency, UUID id) {
        context.getBean(ImportJobRunner.class).run(agency, id);
    }

    /** Runs the job and fails like a crash right after the chunk that brings it to {@code rowsDone} commits. */
    public void runCrashingAfter(String agency, UUID id, int rowsDone) {
        ScriptedCheckpoints checkpoints = context.getBean(ScriptedCheckpoints.class);
        checkpoints.at(Checkpoints.Point.IMPORT_CHUNK_COMMITTED, done -> {
            if (done == rowsDone) {
                throw new IllegalStateException("simulated crash after " + rowsDone + " rows");
            }
        });
        try {
            context.getBean(ImportJobRunner.class).run(agency, id);
        } finally {
            checkpoints.clear(Checkpoints.Point.IMPORT_CHUNK_COMMITTED);
        }
    }

    public ImportJob job(String agency, UUID id) {
        ImportJobRepository jobs = context.getBean(ImportJobRepository.class);
        TenantDatabase tenants = context.getBean(TenantDatabase.class);
        return context.getBean(TransactionTemplate.class)
                .execute(s -> jobs.find(tenants.enter(TenantId.of(agency)), id).orElseThrow());
    }
}
