package id.meritasn.faults;

import id.meritasn.assessment.AssessmentData;
import id.meritasn.employee.EmployeeImportBenchmark;
import id.meritasn.support.PlatformProcess;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import tools.jackson.databind.JsonNode;

/**
 * Case 2, the rest of the long work: the platform killed (SIGKILL) during a period compute and during an indexer pass.
 * Two agencies hold the same employees and inputs; one does the work without a fault, the other is killed in the
 * middle of it and restarted. After the restart the killed work ends by itself (the compute is resumed at startup, the
 * indexer finds its outbox rows still pending), and its data must equal the uninterrupted agency's.
 * Mobility transfers killed in flight are in {@link TransferKillCase}, on the employees indexed here.
 */
final class WorkKillCase implements FaultCase {

    static final int EMPLOYEES = 20_000;
    static final String REFERENCE = "fault_work_ref";
    static final String KILLED = "fault_work_kill";
    static final String RECEIVER = "fault_work_recv";

    @Override
    public void run(FaultReport report) throws Exception {
        try (FaultWorld world = new FaultWorld("work-kill")) {
            int port = PlatformProcess.freePort();
            PlatformProcess platform = setUp(world, world.platform("setup", port, false));
            platform = computeKilled(world, platform, port, report);
            platform = indexerKilled(world, platform, port, report);
            new TransferKillCase(world, KILLED, RECEIVER).run(platform, port, report);
        }
    }

    /** Three agencies taking part in mobility; the same employees imported into the first two. */
    private static PlatformProcess setUp(FaultWorld world, PlatformProcess platform) throws Exception {
        for (String agency : List.of(REFERENCE, KILLED, RECEIVER)) {
            JsonNode payload = FaultWorld.call(
                            platform.graphQl(),
                            FaultWorld.platformToken(),
                            "mutation($policy: String)"
                                    + " { provisionTenant(input: {key: \"" + agency + "\", displayName: \"Instansi "
                                    + agency + "\", kind:"
                                    + " KOTA, region: \"Bali\", policyJson: $policy}) { tenant { key } errors { __typename } } }",
                            Map.of("policy", "{\"mobility.participates\": true}"))
                    .path("provisionTenant");
            if (!payload.path("errors").isEmpty()) {
                throw new IllegalStateException("provisioning " + agency + " refused: " + payload);
            }
            FaultWorld.call(
                    platform.graphQl(),
                    FaultWorld.adminToken(agency),
                    "mutation { saveUnit(input: {code: \"SETDA\", name: \"Sekretariat Daerah\"}) { unit { code } } }");
        }
        StringBuilder csv = new StringBuilder("NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR\n");
        EmployeeImportBenchmark.rows(EMPLOYEES)
                .forEach(r -> csv.append(String.join(",", r)).append(",SETDA\n"));
        String file = Base64.getEncoder().encodeToString(csv.toString().getBytes(StandardCharsets.UTF_8));
        for (String agency : List.of(REFERENCE, KILLED)) {
            String job = PlatformKillCase.startImport(world, platform, agency, file);
            PlatformKillCase.awaitImport(world, platform, agency, job, "COMPLETED");
        }
        return platform;
    }

    private static PlatformProcess computeKilled(
            FaultWorld world, PlatformProcess platform, int port, FaultReport report) throws Exception {
        Map<String, Long> periods = new java.util.HashMap<>();
        for (String agency : List.of(REFERENCE, KILLED)) {
            long period = Long.parseLong(FaultWorld.call(
                            platform.graphQl(),
                            FaultWorld.adminToken(agency),
                            "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                    .path("createAssessmentPeriod.period")
                    .path("id")
                    .asString());
            try (Connection connection = world.jdbc()) {
                AssessmentData.seedInputs(connection, "t_" + agency, period);
            }
            periods.put(agency, period);
        }
        String compute =
                "mutation { computeAssessmentPeriod(input: {periodId: %d}) { changed errors { code message } } }";
        FaultWorld.call(
                platform.graphQl(),
                FaultWorld.adminToken(REFERENCE),
                String.format(Locale.ROOT, compute, periods.get(REFERENCE)));
        long killedPeriod = periods.get(KILLED);
        String stored =
                "SELECT count(DISTINCT nip) FROM t_" + KILLED + ".talent_result WHERE period_id = " + killedPeriod;
        Thread.ofVirtual().start(() -> {
            try {
                FaultWorld.call(
                        platform.graphQl(),
                        FaultWorld.adminToken(KILLED),
                        String.format(Locale.ROOT, compute, killedPeriod));
            } catch (Exception cut) {
                // the kill cuts the answer: the client was told nothing
            }
        });
        long atKill = awaitBetween(world, stored, 0, EMPLOYEES);
        platform.kill();
        long requested = world.number(
                "SELECT count(*) FROM t_" + KILLED + ".assessment_period WHERE" + " compute_requested_at IS NOT NULL");
        long started = System.nanoTime();
        PlatformProcess restarted = world.platform("compute-restart", port, false);
        await(
                () -> world.number("SELECT count(*) FROM t_" + KILLED + ".assessment_period WHERE"
                                + " compute_requested_at IS NOT NULL")
                        == 0,
                "the interrupted compute to end");
        double resumeS = (System.nanoTime() - started) / 1e9;
        String ours = world.fingerprint("t_" + KILLED, "talent_result", "true", Set.of());
        String theirs = world.fingerprint("t_" + REFERENCE, "talent_result", "true", Set.of());
        long results = world.number(stored);
        report.row(
                "platform killed (SIGKILL) during a period compute of " + EMPLOYEES + " employees, after " + atKill
                        + " results were stored",
                EMPLOYEES,
                Math.max(0, EMPLOYEES - results),
                "the compute request was recorded (" + requested
                        + " open); the client's call was cut, nothing acknowledged",
                String.format(
                        Locale.ROOT,
                        "computed again at the start, done %.1f s after the restart; results (every"
                                + " version, score, box, explanation) %s the uninterrupted compute's",
                        resumeS,
                        ours.equals(theirs) ? "equal to" : "DIFFERENT from"),
                ours.equals(theirs) && results == EMPLOYEES && requested == 1);
        return restarted;
    }

    private static PlatformProcess indexerKilled(
            FaultWorld world, PlatformProcess platform, int port, FaultReport report) throws Exception {
        platform.close();
        // the reference agency's employees consent and are indexed by an indexer that is not disturbed
        consentAndRebuild(world, REFERENCE);
        PlatformProcess indexing = world.platform("index-reference", port, true);
        await(
                () -> pending(world, REFERENCE) + pending(world, KILLED) + pending(world, RECEIVER) == 0,
                "the reference agency's index entries");
        consentAndRebuild(world, KILLED);
        String entries = "SELECT count(*) FROM platform.mobility_index WHERE agency = '" + KILLED + "'";
        long atKill = awaitBetween(world, entries, 0, EMPLOYEES);
        indexing.kill();
        long pendingAtKill = pending(world, KILLED);
        long started = System.nanoTime();
        PlatformProcess restarted = world.platform("index-restart", port, true);
        await(() -> pending(world, KILLED) == 0, "the killed agency's outbox to drain");
        double resumeS = (System.nanoTime() - started) / 1e9;
        Set<String> agencyColumns = Set.of("agency", "agency_name");
        String ours = world.fingerprint("platform", "mobility_index", "agency = '" + KILLED + "'", agencyColumns);
        String theirs = world.fingerprint("platform", "mobility_index", "agency = '" + REFERENCE + "'", agencyColumns);
        long indexed = world.number(entries);
        report.row(
                "platform killed (SIGKILL) during an indexer pass rebuilding " + EMPLOYEES + " entries, after " + atKill
                        + " were committed",
                EMPLOYEES,
                Math.max(0, EMPLOYEES - indexed),
                pendingAtKill + " outbox row(s) still pending at the kill (not marked processed)",
                String.format(
                        Locale.ROOT,
                        "the next pass rebuilt them, %.1f s after the restart; entries %s the"
                                + " undisturbed agency's",
                        resumeS,
                        ours.equals(theirs) ? "equal to" : "DIFFERENT from"),
                ours.equals(theirs) && indexed == EMPLOYEES && pendingAtKill > 0);
        return restarted;
    }

    /** Every employee consents (as the consent mutation stores it) and a rebuild is queued, as taking part does. */
    private static void consentAndRebuild(FaultWorld world, String agency) throws Exception {
        world.execute("INSERT INTO t_" + agency + ".mobility_consent (nip, given_by) SELECT nip, 'faults' FROM t_"
                + agency + ".employee; INSERT INTO t_" + agency
                + ".mobility_outbox (nip, reason) VALUES (NULL, 'REBUILD')");
    }

    static long pending(FaultWorld world, String agency) throws Exception {
        return world.number("SELECT count(*) FROM t_" + agency + ".mobility_outbox WHERE processed_at IS NULL");
    }

    /** Polls the count until it is strictly between the bounds (work started, not finished) and returns it. */
    static long awaitBetween(FaultWorld world, String count, long above, long below) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            long now = world.number(count);
            if (now > above && now < below) {
                return now;
            }
            if (now >= below) {
                throw new IllegalStateException("the work ended before the kill: " + count + " = " + now);
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the work did not start: " + count);
    }

    static void await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
