package id.meritasn.assessment;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantLifecycleService;
import id.meritasn.tenancy.TenantStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a restart, runs again every period compute the previous process was asked for and did not finish (it was
 * killed, or the database went away under it), for the agency, in the background: whoever asked was told nothing had
 * completed, and a compute is safe to repeat. Looks in the background too, so a start is not slowed by the search.
 */
@Service
class PeriodComputeResumer {

    private static final Logger log = LoggerFactory.getLogger(PeriodComputeResumer.class);

    private final TenantLifecycleService registry;
    private final TenantDatabase tenants;
    private final PeriodComputeRepository computes;
    private final AssessmentService assessments;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;

    PeriodComputeResumer(
            TenantLifecycleService registry,
            TenantDatabase tenants,
            PeriodComputeRepository computes,
            AssessmentService assessments,
            TaskExecutor applicationTaskExecutor,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.registry = registry;
        this.tenants = tenants;
        this.computes = computes;
        this.assessments = assessments;
        this.executor = applicationTaskExecutor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeLater() {
        executor.execute(this::resumeInterruptedComputes);
    }

    void resumeInterruptedComputes() {
        List<Tenant> active = SystemActor.callAsPlatform(() -> registry.page(null, 10_000, TenantStatus.ACTIVE));
        for (Tenant tenant : active) {
            try {
                var found = transactions.execute(s -> computes.interrupted(tenants.enter(tenant.id())));
                for (var interrupted : found == null ? List.<PeriodComputeRepository.Interrupted>of() : found) {
                    log.info(
                            "Computing period {} of agency {} again: the compute {} asked for did not finish",
                            interrupted.periodId(),
                            tenant.key(),
                            interrupted.requestedBy());
                    var computed = SystemActor.callForAgency(
                            tenant.key(), () -> assessments.computePeriod(tenant.key(), interrupted.periodId()));
                    switch (computed) {
                        case Outcome.Done<Integer, AssessmentProblem> done ->
                            log.info(
                                    "Period {} of agency {} computed: {} results changed",
                                    interrupted.periodId(),
                                    tenant.key(),
                                    done.value());
                        // the period closed meanwhile; the compute cleared its request, so it is not tried again
                        case Outcome.Refused<Integer, AssessmentProblem> refused ->
                            log.warn(
                                    "Period {} of agency {} is not computed again: {}",
                                    interrupted.periodId(),
                                    tenant.key(),
                                    refused.problems());
                    }
                }
            } catch (RuntimeException e) { // one agency failing (its shard unreachable) does not stop the others
                log.error("Cannot resume the interrupted computes of agency {}", tenant.key(), e);
            }
        }
    }
}
