package id.meritasn.employee;

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
 * Bulk import of employees from CSV or XLSX. Submitting checks the file as a whole and queues a job; the job runs in
 * the background (ImportJobRunner) with progress visible through GraphQL and the UI. Unfinished jobs resume when the
 * platform starts.
 */
@Service
public class EmployeeImportService {

    private static final Logger log = LoggerFactory.getLogger(EmployeeImportService.class);

    static final String TARGET_CALLER = Access.DATA_ENTRY;

    private final TenantDatabase tenants;
    private final ImportJobRepository jobs;
    private final ImportJobRunner runner;
    private final TenantLifecycleService registry;
    private final TransactionTemplate transactions;
    private final EmployeeImportTarget employeeTarget;

    EmployeeImportService(
            TenantDatabase tenants,
            ImportJobRepository jobs,
            ImportJobRunner runner,
            TenantLifecycleService registry,
            TransactionTemplate transactions,
            EmployeeImportTarget employeeTarget) {
        this.employeeTarget = employeeTarget;
        this.tenants = tenants;
        this.jobs = jobs;
        this.runner = runner;
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Queues an import after checking the file as a whole; the job starts once this transaction commits. */
    @Transactional
    @PreAuthorize(EmployeeService.WRITE)
    public ImportJob submit(String agency, String fileName, byte[] content, String actor) throws ImportFileProblem {
        return queue(employeeTarget, agency, Map.of(), fileName, content, actor);
    }

    /**
     * Queues a file of another feature's target. The feature's service has already checked its own, narrower rule
     * (who may enter what, for which period); this still requires a member of the agency who enters data.
     */
    @Transactional
    @PreAuthorize(TARGET_CALLER)
    public ImportJob submit(
            ImportTarget target,
            String agency,
            Map<String, String> params,
            String fileName,
            byte[] content,
            String actor)
            throws ImportFileProblem {
        return queue(target, agency, params, fileName, content, actor);
    }

    /** Checks the file as a whole (refuses unreadable files now, not in the background) and queues it. */
    private ImportJob queue(
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
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.start(agency, id);
            }
        });
        return jobs.find(tenant, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public Optional<ImportJob> job(String agency, UUID id) {
        return job(agency, ImportJob.EMPLOYEES, id);
    }

    /** A job of any target (an error report's export finds its job by id alone). */
    @Transactional(readOnly = true)
    @PreAuthorize(TARGET_CALLER)
    public Optional<ImportJob> anyJob(String agency, UUID id) {
        return jobs.find(tenants.enter(agency), id);
    }

    /** A job of a target, or empty when the id belongs to a job of another target. */
    @Transactional(readOnly = true)
    @PreAuthorize(TARGET_CALLER)
    public Optional<ImportJob> job(String agency, String target, UUID id) {
        return jobs.find(tenants.enter(agency), id).filter(j -> j.target().equals(target));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public List<ImportJob> recent(String agency) {
        return recent(agency, ImportJob.EMPLOYEES);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(TARGET_CALLER)
    public List<ImportJob> recent(String agency, String target) {
        return jobs.recent(tenants.enter(agency), target, 20);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public List<ImportJob.RowError> rowErrors(String agency, UUID id, int limit) {
        return jobs.rowErrors(tenants.enter(agency), id, limit);
    }

    /** The error report of a job: employee imports only for tenant admins, other targets for whoever enters data. */
    @Transactional(readOnly = true)
    @PreAuthorize(TARGET_CALLER + " and (#job.target() != 'EMPLOYEES' or " + Access.IS_TENANT_ADMIN + ")")
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
