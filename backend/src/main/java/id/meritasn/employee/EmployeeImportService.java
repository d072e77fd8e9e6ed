package id.meritasn.employee;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import id.meritasn.tenancy.TenantLifecycleService;
import id.meritasn.tenancy.TenantStatus;
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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk import of employees from CSV or XLSX. Submitting checks the file as a whole and queues a job; the job runs in
 * the background (ImportJobRunner) with progress visible through GraphQL and the UI. Unfinished jobs resume when the
 * platform starts.
 */
@Service
public class EmployeeImportService {

    private static final Logger log = LoggerFactory.getLogger(EmployeeImportService.class);

    private final TenantDatabase tenants;
    private final ImportJobRepository jobs;
    private final ImportJobRunner runner;
    private final TenantLifecycleService registry;
    private final TransactionTemplate transactions;

    EmployeeImportService(TenantDatabase tenants, ImportJobRepository jobs, ImportJobRunner runner,
                          TenantLifecycleService registry, TransactionTemplate transactions) {
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
        EmployeeFileParser.Kind kind = EmployeeFileParser.detect(fileName, content);
        EmployeeFileParser.parse(kind, content); // refuse unreadable files now, not in the background
        DSLContext tenant = tenants.enter(TenantId.of(agency));
        UUID id = UUID.randomUUID();
        jobs.insert(tenant, id, fileName, kind, content, actor);
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
        return jobs.find(tenants.enter(TenantId.of(agency)), id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public List<ImportJob> recent(String agency) {
        return jobs.recent(tenants.enter(TenantId.of(agency)), 20);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EmployeeService.WRITE)
    public List<ImportJob.RowError> rowErrors(String agency, UUID id, int limit) {
        return jobs.rowErrors(tenants.enter(TenantId.of(agency)), id, limit);
    }

    /** After a restart: every job that was queued or running when the process stopped goes on where it was. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeInterruptedImports() {
        List<Tenant> active = SystemActor.callAsPlatform(() -> registry.page(null, 10_000, TenantStatus.ACTIVE));
        for (Tenant tenant : active) {
            List<UUID> unfinished = transactions.execute(s -> jobs.unfinished(tenants.enter(tenant.id())));
            for (UUID id : unfinished) {
                log.info("Resuming import {} of agency {}", id, tenant.key());
                runner.start(tenant.key(), id);
            }
        }
    }
}
