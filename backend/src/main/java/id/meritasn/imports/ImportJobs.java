package id.meritasn.imports;

import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantLifecycleService;
import id.meritasn.tenancy.TenantStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs of every feature: a file is checked as a whole and queued for a target; the job runs in the
 * background (ImportJobRunner) with its progress and refused rows readable while it runs; unfinished jobs resume when
 * the platform starts. A feature's service checks its own, narrower rule (who may load what, for which period) before
 * it submits; these methods still require a member of the agency who enters data.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private static final String CALLER = Access.DATA_ENTRY;

    private final TenantDatabase tenants;
    private final ImportJobRepository jobs;
    private final ImportJobRunner runner;
    private final TenantLifecycleService registry;
    private final TransactionTemplate transactions;

    ImportJobs(
            TenantDatabase tenants,
            ImportJobRepository jobs,
            ImportJobRunner runner,
            TenantLifecycleService registry,
            TransactionTemplate transactions) {
        this.tenants = tenants;
        this.jobs = jobs;
        this.runner = runner;
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Checks the file as a whole (refuses unreadable files now, not in the background) and queues it. */
    @Transactional
    @PreAuthorize(CALLER)
    public ImportJob submit(
            ImportTarget target,
            String agency,
            Map<String, String> params,
            String fileName,
            byte[] content,
            String actor)
            throws ImportFileProblem {
        TabularFile.Kind kind = TabularFile.detect(fileName, content);
        TabularFile.check(kind, content, target.columns(), target.required());
        DSLContext tenant = tenants.enter(agency);
        UUID id = UUID.randomUUID();
        jobs.insert(tenant, id, target.name(), params, fileName, kind, content, actor);
        // the job starts once this transaction commits: a job that was never stored never runs
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.start(agency, id);
            }
        });
        return jobs.find(tenant, id).orElseThrow();
    }

    /** A job of any target (an error report's export finds its job by id alone). */
    @Transactional(readOnly = true)
    @PreAuthorize(CALLER)
    public Optional<ImportJob> anyJob(String agency, UUID id) {
        return jobs.find(tenants.enter(agency), id);
    }

    /** A job of a target, or empty when the id belongs to a job of another target. */
    @Transactional(readOnly = true)
    @PreAuthorize(CALLER)
    public Optional<ImportJob> job(String agency, String target, UUID id) {
        return jobs.find(tenants.enter(agency), id).filter(j -> j.target().equals(target));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CALLER)
    public List<ImportJob> recent(String agency, String target) {
        return jobs.recent(tenants.enter(agency), target, 20);
    }

    /** The error report of a job: employee imports only for tenant admins, other targets for whoever enters data. */
    @Transactional(readOnly = true)
    @PreAuthorize(CALLER + " and (#job.target() != 'EMPLOYEES' or " + Access.IS_TENANT_ADMIN + ")")
    public List<ImportJob.RowError> rowErrors(String agency, ImportJob job, int limit) {
        return jobs.rowErrors(tenants.enter(agency), job.id(), limit);
    }

    /** After a restart: every job that was queued or running when the process stopped goes on where it was. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeInterruptedImports() {
        List<Tenant> active = SystemActor.callAsPlatform(() -> registry.page(null, 10_000, TenantStatus.ACTIVE));
        for (Tenant tenant : active) {
            List<UUID> unfinished;
            try {
                unfinished = transactions.execute(s -> jobs.unfinished(tenants.enter(tenant.id())));
            } catch (RuntimeException e) { // one unreachable agency (e.g. its database shard) does not stop the others
                log.error("Cannot look for interrupted imports of agency {}", tenant.key(), e);
                continue;
            }
            for (UUID id : unfinished) {
                log.info("Resuming import {} of agency {}", id, tenant.key());
                runner.start(tenant.key(), id);
            }
        }
    }
}
