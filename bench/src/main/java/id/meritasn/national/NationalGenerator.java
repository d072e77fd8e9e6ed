package id.meritasn.national;

import id.meritasn.assessment.AssessmentData;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.CompletenessService;
import id.meritasn.employee.NationalEmployees;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantId;
import id.meritasn.tenancy.TenantProvisioningService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;

/**
 * Fills a database with a planned set of agencies through the platform's own paths where they are cheap enough
 * (provisioning, the assessment engine, calibration and publishing) and PostgreSQL bulk paths where they are not
 * (COPY and set-based INSERT ... SELECT of employees, histories, inputs, consent and aspirations).
 *
 * <p>Resumable: {@code public.meritasn_generator} records each completed agency with its seed. A rerun skips those;
 * an agency that was provisioned but not completed is dropped (schema and registry row) and made again, so an agency
 * is either complete or redone. Records are written in one transaction per agency; computing and publishing its period
 * follow in the platform's own transactions, and only then is the agency marked complete.
 */
public final class NationalGenerator {

    /** Generated data is as of this day, not the day of the run: the same seed gives the same rows on any day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    public static final String PERIOD = "Pemetaan Talenta 2026";

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final int workers;
    private final boolean mobility;
    /** Test hook: runs after an agency's records are committed and before it is computed and marked complete. */
    volatile Consumer<AgencyPlan> afterRecords = a -> {};

    /**
     * @param workers  agencies filled at once (one per core keeps PostgreSQL busy while the other fills its rows)
     * @param mobility agencies take part in mobility (policy {@code mobility.participates}); the test suite says no,
     *                 so the other tests' national index never meets generated employees
     */
    public NationalGenerator(ApplicationContext context, int workers, boolean mobility) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
        this.workers = workers;
        this.mobility = mobility;
    }

    /** Summary of a run. */
    public record Run(int agencies, int skipped, long employees, Duration took) {}

    public Run generate(List<AgencyPlan> plan, String scale) throws Exception {
        long start = System.nanoTime();
        Set<String> done = GeneratorProgress.prepare(dataSource, plan, scale);
        List<AgencyPlan> pending =
                plan.stream().filter(a -> !done.contains(a.key())).toList();
        long total = plan.stream().mapToLong(AgencyPlan::employees).sum();
        AtomicLong written = new AtomicLong(plan.stream()
                .filter(a -> done.contains(a.key()))
                .mapToLong(AgencyPlan::employees)
                .sum());
        System.out.printf(
                "%s: %d agencies, %,d employees; %d already complete, %d to generate%n",
                scale, plan.size(), total, done.size(), pending.size());
        for (AgencyPlan agency : pending) {
            provision(agency);
        }
        System.out.printf("provisioned %d agencies in %.1f s%n", pending.size(), (System.nanoTime() - start) / 1e9);

        AtomicInteger finished = new AtomicInteger(done.size());
        // After one agency fails no other starts: a worker freed by the failure could otherwise pick up the next
        // agency before the cancellation below reaches it, and go on filling it after generate() has returned (a rerun
        // started then met that agency half-written: a duplicate key in CI).
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (AgencyPlan agency : pending) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null; // stays pending for the rerun
                    }
                    long t = System.nanoTime();
                    try {
                        fill(agency, scale);
                    } catch (Exception | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    long sofar = written.addAndGet(agency.employees());
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    long generatedNow = sofar
                            - plan.stream()
                                    .filter(a -> done.contains(a.key()))
                                    .mapToLong(AgencyPlan::employees)
                                    .sum();
                    double eta = generatedNow == 0 ? 0 : elapsed * (total - sofar) / generatedNow;
                    System.out.printf(
                            "[%d/%d] %s: %,d employees in %.1f s; %,d/%,d employees, %.0f s elapsed, ~%.0f s left%n",
                            finished.incrementAndGet(),
                            plan.size(),
                            agency.key(),
                            agency.employees(),
                            (System.nanoTime() - t) / 1e9,
                            sofar,
                            total,
                            elapsed,
                            eta);
                    return null;
                }));
            }
            Exception failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.CancellationException notStarted) {
                    // cancelled after an earlier failure
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof Exception cause ? cause : e;
                        futures.forEach(f -> f.cancel(false)); // agencies not started stay pending for the rerun
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdown();
            // agencies already running when another failed finish before this returns, never behind a rerun's back
            if (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS)) {
                pool.shutdownNow();
            }
        }
        return new Run(plan.size(), done.size(), total, Duration.ofNanos(System.nanoTime() - start));
    }

    private void provision(AgencyPlan agency) {
        var outcome = SystemActor.callAsPlatform(() -> context.getBean(TenantProvisioningService.class)
                .provision(
                        new ProvisionTenantCommand(
                                agency.key(),
                                agency.name(),
                                agency.kind(),
                                agency.region(),
                                null,
                                Map.of("mobility.participates", mobility)),
                        "generator"));
        if (!outcome.isDone()) {
            throw new IllegalStateException("Provisioning " + agency.key() + " was refused: " + outcome);
        }
    }

    private void fill(AgencyPlan agency, String scale) throws SQLException {
        String schema = TenantId.of(agency.key()).schemaName();
        long period;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit = off");
                // generated rows are valid by construction: skip the per-row foreign key triggers where allowed
                s.execute("SAVEPOINT role");
                try {
                    s.execute("SET LOCAL session_replication_role = replica");
                } catch (SQLException notSuperuser) {
                    s.execute("ROLLBACK TO SAVEPOINT role");
                }
                NationalEmployees.write(
                        c,
                        schema,
                        agency.kind() == id.meritasn.tenancy.TenantKind.KEMENTERIAN
                                || agency.kind() == id.meritasn.tenancy.TenantKind.LEMBAGA,
                        agency.employees(),
                        agency.number(),
                        TODAY,
                        agency.seed());
                try (ResultSet rs = s.executeQuery("INSERT INTO " + schema + ".assessment_period (name, as_of)"
                        + " VALUES ('" + PERIOD + "', DATE '2026-12-31') RETURNING id")) {
                    rs.next();
                    period = rs.getLong(1);
                }
                AssessmentData.seedInputs(c, schema, period);
                // every employee consented to mobility (issue 7 sizes the national index at all 4.3 million);
                // a third entered aspirations
                s.executeUpdate("INSERT INTO " + schema + ".mobility_consent (nip, given_by) SELECT nip, 'generator'"
                        + " FROM " + schema + ".employee");
                s.executeUpdate("INSERT INTO " + schema + ".mobility_consent_log (nip, action, actor) SELECT nip,"
                        + " 'GIVEN', 'generator' FROM " + schema + ".employee");
                s.executeUpdate("INSERT INTO " + schema + ".mobility_aspiration (nip, position_kinds, regions,"
                        + " earliest_date, updated_by) SELECT nip, CASE WHEN h % 2 = 0 THEN ARRAY['FUNGSIONAL_KEAHLIAN']"
                        + " ELSE ARRAY['ADMINISTRATOR', 'PENGAWAS'] END, ARRAY[(ARRAY[" + provinces() + "])[1 + h % "
                        + Scale.PROVINCES.length + "]], DATE '2027-01-01' + (h % 365), 'generator' FROM (SELECT nip,"
                        + " abs(hashtext(nip || 'aspiration')) h FROM " + schema + ".employee) e WHERE h % 3 = 0");
            }
            c.commit();
        }
        afterRecords.accept(agency);
        SystemActor.callForAgency(agency.key(), () -> {
            context.getBean(AssessmentService.class)
                    .computePeriod(agency.key(), period)
                    .orElseThrow();
            CalibrationService calibration = context.getBean(CalibrationService.class);
            context.getBean(CompletenessService.class).declareAll(agency.key(), period, "generator");
            calibration.startCalibration(agency.key(), period).orElseThrow();
            calibration.closeCalibration(agency.key(), period).orElseThrow();
            return calibration.publish(agency.key(), period).orElseThrow();
        });
        GeneratorProgress.markComplete(dataSource, agency, scale);
    }

    private static String provinces() {
        return String.join(
                ", ",
                java.util.Arrays.stream(Scale.PROVINCES)
                        .map(p -> "'" + p.replace("'", "''") + "'")
                        .toList());
    }
}
