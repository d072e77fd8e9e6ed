package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.RubricVersion;
import id.meritasn.shared.db.Outages;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scoring employees of an open period and storing what changed: a few employees after an input (in the caller's
 * transaction), or the whole period in parallel chunks. Called by {@link AssessmentService}, which checks the roles.
 */
@Service
class ResultComputation {

    private final TenantDatabase tenants;
    private final AssessmentRepository repository;
    private final TalentResultWriter writer;
    private final RubricRepository rubrics;
    private final AssessmentInputsLoader loader;
    private final PeriodComputeRepository computes;
    private final MappingScopes scopes;
    private final TransactionTemplate chunkTransactions;
    private final int computeThreads;
    private final int chunkSize;
    private final Clock clock;

    ResultComputation(
            TenantDatabase tenants,
            AssessmentRepository repository,
            TalentResultWriter writer,
            RubricRepository rubrics,
            AssessmentInputsLoader loader,
            PeriodComputeRepository computes,
            MappingScopes scopes,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${meritasn.assessment.compute-threads:0}") int computeThreads,
            @Value("${meritasn.assessment.compute-chunk:5000}") int chunkSize) {
        // employees loaded and scored together in a full recompute: fewer round trips, bounded memory
        this.chunkSize = Math.max(1, chunkSize);
        this.chunkTransactions = new TransactionTemplate(transactions);
        this.chunkTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.computeThreads =
                computeThreads > 0 ? computeThreads : Runtime.getRuntime().availableProcessors();
        this.tenants = tenants;
        this.repository = repository;
        this.writer = writer;
        this.rubrics = rubrics;
        this.loader = loader;
        this.computes = computes;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * Recomputes every active employee of the period; returns how many results changed. The chunks run in parallel
     * ({@code meritasn.assessment.compute-threads}, default one per core), each in its own transaction: loading one
     * chunk overlaps with scoring and writing another, which on two cores nearly halves a 60,000-employee recompute.
     * A failure stops the rest; chunks already committed hold correct new versions, and a retry skips them because
     * their digests no longer change. The request is recorded before the first chunk and cleared after the last (or
     * after a refusal), so a compute cut short by a crash or an outage is run again at the next start
     * ({@link PeriodComputeResumer}).
     */
    int computePeriod(String agency, long periodId) {
        record Plan(List<String> nips, Map<String, TalentResultWriter.Stamp> stamps) {}
        Plan plan = chunkTransactions.execute(status -> {
            DSLContext tenant = tenants.enter(agency);
            openPeriod(tenant, periodId);
            computes.requested(
                    tenant,
                    periodId,
                    Objects.requireNonNull(
                                    SecurityContextHolder.getContext().getAuthentication(),
                                    "computing is authorized, so someone asked")
                            .getName(),
                    OffsetDateTime.now(clock));
            // one narrow read of the whole period, not one per chunk: the table grows while the period is computed
            // the agency's mapping scope: people outside it are mapped in no period (MappingScope)
            return new Plan(scopes.activeInScope(agency), writer.latestStamps(tenant, periodId, null));
        });
        var context = SecurityContextHolder.getContext();
        List<Future<Integer>> chunks = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(computeThreads)) {
            for (int from = 0; from < plan.nips().size(); from += chunkSize) {
                List<String> chunk =
                        plan.nips().subList(from, Math.min(plan.nips().size(), from + chunkSize));
                chunks.add(pool.submit(DelegatingSecurityContextCallable.create(
                        () -> chunkTransactions.execute(status -> {
                            DSLContext tenant = tenants.enter(agency);
                            return recompute(agency, tenant, openPeriod(tenant, periodId), chunk, plan.stamps())
                                    .size();
                        }),
                        context)));
            }
            int changed = 0;
            try {
                for (var chunk : chunks) {
                    changed += join(chunk, pool);
                }
            } catch (RuntimeException e) {
                if (!Outages.isOutage(e)) { // a refusal or a fault of the data: running it again would fail again
                    chunkTransactions.executeWithoutResult(
                            status -> computes.finished(tenants.enter(agency), periodId));
                }
                throw e;
            }
            chunkTransactions.executeWithoutResult(status -> computes.finished(tenants.enter(agency), periodId));
            return changed;
        }
    }

    private static int join(Future<Integer> chunk, ExecutorService pool) {
        try {
            return chunk.get();
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing the period", e);
        }
    }

    /**
     * Scores the employees and stores a new version for each whose result changed, in one statement; returns the
     * employees whose result changed.
     */
    List<String> recompute(String agency, DSLContext tenant, AssessmentPeriod period, List<String> nips) {
        return recompute(agency, tenant, period, nips, writer.latestStamps(tenant, period.id(), nips));
    }

    List<String> recompute(
            String agency,
            DSLContext tenant,
            AssessmentPeriod period,
            List<String> nips,
            Map<String, TalentResultWriter.Stamp> stamps) {
        RubricVersion rubric = rubrics.rubricInForce(tenant, period.asOf());
        Map<String, AssessmentInputs> inputs =
                loader.load(agency, tenant, period.id(), period.asOf(), rubric.rubric(), nips);
        List<TalentResultWriter.NewResult> changed = new ArrayList<>();
        ScoreEngine.requireValid(rubric.rubric());
        // the loader's entries, not a lookup per NIP asked for: NIPs of no employee of the agency are simply absent
        // (callers check single employees before)
        for (var entry : inputs.entrySet()) {
            String nip = entry.getKey();
            AssessmentInputs in = entry.getValue();
            ScoreEngine.Result result = ScoreEngine.scoreValidated(in, rubric.rubric(), period.asOf());
            TalentResultWriter.Encoded encoded = writer.encode(rubric.version(), result);
            TalentResultWriter.Stamp previous = stamps.get(nip);
            // a result stored before digests existed has none: it gets one new, identical version once
            if (previous == null || !encoded.hash().equals(previous.hash())) {
                changed.add(new TalentResultWriter.NewResult(
                        nip, previous == null ? 1 : previous.version() + 1, rubric.version(), result, encoded));
            }
        }
        writer.saveResults(tenant, period.id(), changed);
        return changed.stream().map(TalentResultWriter.NewResult::nip).toList();
    }

    private AssessmentPeriod openPeriod(DSLContext tenant, long periodId) {
        return OpenPeriods.require(repository.period(tenant, periodId), periodId, "inputs and computing are closed");
    }
}
