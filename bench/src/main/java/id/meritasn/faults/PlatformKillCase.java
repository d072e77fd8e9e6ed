package id.meritasn.faults;

import id.meritasn.employee.EmployeeImportBenchmark;
import id.meritasn.support.PlatformProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Case 2: the platform killed (SIGKILL) in the middle of long work, then started again: an employee import resumes and
 * ends with the same data as an uninterrupted import of the same file; a provisioning either completes or leaves
 * nothing behind, and the key can be provisioned again.
 */
final class PlatformKillCase implements FaultCase {

    static final int IMPORT_ROWS = 30_000;
    /** Provisioned without a fault: what a complete agency has. */
    static final String REFERENCE = "fault_imp_ref";

    static final long[] PROVISIONING_KILL_AFTER_MS = {150, 700, 1500, 3000, 6000};

    @Override
    public void run(FaultReport report) throws Exception {
        try (FaultWorld world = new FaultWorld("platform-kill")) {
            importKilled(world, report);
            provisioningKilled(world, report);
        }
    }

    private void importKilled(FaultWorld world, FaultReport report) throws Exception {
        PlatformProcess platform = world.platform("import-1");
        String reference = REFERENCE;
        String killed = "fault_imp_kill";
        for (String agency : List.of(reference, killed)) {
            FaultWorld.provision(platform.graphQl(), agency);
            FaultWorld.call(
                    platform.graphQl(),
                    FaultWorld.adminToken(agency),
                    "mutation { saveUnit(input: {code: \"SETDA\", name: \"Sekretariat Daerah\"}) { unit { code } } }");
        }
        StringBuilder csv = new StringBuilder("NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR\n");
        EmployeeImportBenchmark.rows(IMPORT_ROWS)
                .forEach(r -> csv.append(String.join(",", r)).append(",SETDA\n"));
        String file = Base64.getEncoder().encodeToString(csv.toString().getBytes(StandardCharsets.UTF_8));

        String referenceJob = startImport(world, platform, reference, file);
        awaitImport(world, platform, reference, referenceJob, "COMPLETED");
        String killedJob = startImport(world, platform, killed, file);
        JsonNode atKill = awaitImport(world, platform, killed, killedJob, "RUNNING");
        platform.kill();
        PlatformProcess restarted = world.platform("import-2");
        long started = System.nanoTime();
        JsonNode done = awaitImport(world, restarted, killed, killedJob, "COMPLETED");
        double resumeS = (System.nanoTime() - started) / 1e9;
        JsonNode referenceDone = job(world, restarted, reference, referenceJob);
        restarted.close();

        String ours = world.fingerprint("t_" + killed, "employee", "true", Set.of());
        String theirs = world.fingerprint("t_" + reference, "employee", "true", Set.of());
        long stored = world.number("SELECT count(*) FROM t_" + killed + ".employee");
        boolean sameCounts = done.path("created").asInt()
                        == referenceDone.path("created").asInt()
                && done.path("refused").asInt() == referenceDone.path("refused").asInt();
        report.row(
                "platform killed (SIGKILL) during an employee import of " + IMPORT_ROWS + " rows, at row "
                        + atKill.path("rowsDone").asInt(),
                IMPORT_ROWS,
                Math.max(0, IMPORT_ROWS - stored),
                "the job was RUNNING; no client was waiting on it",
                String.format(
                        java.util.Locale.ROOT,
                        "resumed after the restart, COMPLETED %.1f s after it;"
                                + " employees %s the uninterrupted import's, counters %s",
                        resumeS,
                        ours.equals(theirs) ? "equal to" : "DIFFERENT from",
                        sameCounts ? "equal" : "DIFFERENT"),
                ours.equals(theirs) && sameCounts && stored == IMPORT_ROWS);
    }

    static String startImport(FaultWorld world, PlatformProcess platform, String agency, String file) throws Exception {
        JsonNode payload = FaultWorld.call(
                        platform.graphQl(),
                        FaultWorld.adminToken(agency),
                        "mutation($input: StartEmployeeImportInput!) { startEmployeeImport(input: $input)"
                                + " { job { id } errors { message } } }",
                        Map.of("input", Map.of("fileName", "pegawai.csv", "contentBase64", file)))
                .path("startEmployeeImport");
        if (!payload.path("errors").isEmpty()) {
            throw new IllegalStateException("import refused: " + payload);
        }
        return payload.path("job").path("id").asString();
    }

    private static JsonNode job(FaultWorld world, PlatformProcess platform, String agency, String id) throws Exception {
        return FaultWorld.call(
                        platform.graphQl(),
                        FaultWorld.adminToken(agency),
                        "{ employeeImport(id: \"" + id
                                + "\") { status totalRows rowsDone created updated refused failure } }")
                .path("employeeImport");
    }

    /** Polls until the job has the status (RUNNING: and has committed at least one chunk, but not all). */
    static JsonNode awaitImport(FaultWorld world, PlatformProcess platform, String agency, String id, String status)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = job(world, platform, agency, id);
            int done = job.path("rowsDone").asInt();
            boolean running = status.equals("RUNNING")
                    && done > 0
                    && done < job.path("totalRows").asInt();
            if (running
                    || (!status.equals("RUNNING")
                            && status.equals(job.path("status").asString()))) {
                return job;
            }
            if ("FAILED".equals(job.path("status").asString())
                    || "COMPLETED".equals(job.path("status").asString()) && status.equals("RUNNING")) {
                throw new IllegalStateException("import " + id + " ended before the kill: " + job);
            }
            Thread.sleep(status.equals("RUNNING") ? 20 : 500);
        }
        throw new IllegalStateException("import " + id + " did not reach " + status);
    }

    private void provisioningKilled(FaultWorld world, FaultReport report) throws Exception {
        int completed = 0;
        int rolledBack = 0;
        int half = 0;
        int acknowledged = 0;
        int lost = 0;
        for (int i = 0; i < PROVISIONING_KILL_AFTER_MS.length; i++) {
            PlatformProcess platform = world.platform("provision-" + i);
            String key = "fault_prov_" + i;
            var answer = new java.util.concurrent.CompletableFuture<Boolean>();
            Thread.ofVirtual().start(() -> {
                try {
                    FaultWorld.provision(platform.graphQl(), key);
                    answer.complete(true);
                } catch (Exception cut) {
                    answer.complete(false);
                }
            });
            Thread.sleep(PROVISIONING_KILL_AFTER_MS[i]);
            platform.kill();
            boolean wasAcknowledged = answer.get();
            PlatformProcess restarted = world.platform("provision-" + i + "-restart");
            ProvisioningState state = ProvisioningState.of(world, key, REFERENCE);
            if (wasAcknowledged) {
                acknowledged++;
                lost += state == ProvisioningState.COMPLETE ? 0 : 1;
            }
            switch (state) {
                case COMPLETE -> completed++;
                case ABSENT -> {
                    rolledBack++;
                    FaultWorld.provision(restarted.graphQl(), key); // the key is free again
                    if (ProvisioningState.of(world, key, REFERENCE) != ProvisioningState.COMPLETE) {
                        half++;
                    }
                }
                case HALF -> half++;
            }
            restarted.close();
        }
        report.row(
                "platform killed (SIGKILL) during a provisioning, " + PROVISIONING_KILL_AFTER_MS.length
                        + " times (after " + java.util.Arrays.toString(PROVISIONING_KILL_AFTER_MS) + " ms)",
                acknowledged,
                lost,
                completed + " completed, " + rolledBack + " rolled back (provisioned again after the restart), " + half
                        + " half-done",
                "each agency complete or absent after the restart",
                half == 0 && lost == 0);
    }
}
