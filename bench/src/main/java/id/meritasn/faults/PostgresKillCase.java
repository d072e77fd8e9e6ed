package id.meritasn.faults;

import id.meritasn.support.MixedLoad;
import id.meritasn.support.PlatformProcess;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Case 1: PostgreSQL killed (SIGKILL, postmaster and backends) under a mixed GraphQL load, three times, each time
 * restarted after a few seconds. Acknowledged writes are read back from the database itself afterwards.
 */
final class PostgresKillCase implements FaultCase {

    static final int KILLS = 3;
    static final Duration DOWN = Duration.ofSeconds(4);

    @Override
    public void run(FaultReport report) throws Exception {
        try (FaultWorld world = new FaultWorld("pg-kill")) {
            PlatformProcess platform = world.platform("platform");
            String agency = "fault_pg";
            FaultWorld.provision(platform.graphQl(), agency);
            long worstRecovery = 0;
            MixedLoad load = MixedLoad.start(List.of(platform.graphQl()), FaultWorld.adminToken(agency), 4, 2);
            try {
                for (int kill = 1; kill <= KILLS; kill++) {
                    int before = load.acknowledged().size();
                    MixedLoad.waitUntil(
                            () -> load.acknowledged().size() >= before + 300,
                            Duration.ofMinutes(2),
                            "300 writes before kill");
                    world.postgres.kill();
                    Thread.sleep(DOWN.toMillis());
                    world.postgres.restart();
                    long restarted = System.nanoTime();
                    MixedLoad.waitUntil(
                            () -> load.firstAcknowledgedAfter(restarted) > 0,
                            Duration.ofMinutes(2),
                            "a write acknowledged after the restart");
                    worstRecovery = Math.max(worstRecovery, load.firstAcknowledgedAfter(restarted) - restarted);
                }
                MixedLoad.waitUntil(
                        () -> load.acknowledged().size() >= 300 * (KILLS + 1),
                        Duration.ofMinutes(2),
                        "writes after the last restart");
            } finally {
                load.close();
            }
            Set<String> lost = new HashSet<>(load.acknowledged());
            lost.removeAll(world.unitCodes(agency));
            double recoveryS = worstRecovery / 1e9;
            String during = load.outageAnswers() + " classified 503 (Retry-After, UNAVAILABLE), "
                    + load.otherFailures().size() + " other errors, " + load.refusedConnections()
                    + " refused connections"
                    + " (of " + load.requests() + " requests)";
            report.row(
                    "PostgreSQL killed (SIGKILL) under mixed load, " + KILLS + " times, down " + DOWN.toSeconds()
                            + " s each",
                    load.acknowledged().size(),
                    lost.size(),
                    during,
                    String.format(
                            java.util.Locale.ROOT,
                            "first acknowledged write %.2f s after the restart (worst;" + " limit 5 s)",
                            recoveryS),
                    lost.isEmpty() && load.otherFailures().isEmpty() && load.outageAnswers() > 0 && recoveryS <= 5);
            load.otherFailures().stream()
                    .limit(5)
                    .forEach(f -> report.note("PostgreSQL kill, unexpected answer: " + f));
        }
    }
}
