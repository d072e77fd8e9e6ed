package id.meritasn.bench;

import id.meritasn.national.ScaleDatabase;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The processes {@link GraphQlLoadBenchmark} puts load on and runs: the platform as its own JVM, PostGraphile as the
 * peer over the same database (with the index its query wants), and the commands (wrk, node) run to their end.
 */
final class LoadProcesses {

    /**
     * The platform's pool, sized to this machine as a deployment would size it (HikariCP's guidance: about twice the
     * cores): with the application's 20 on two cores the one-agency employees page served 594 req/s, with 4
     * it served 761 (fewer PostgreSQL backends competing for the cores; ops/results/graphql-load-2026-12-01.md).
     */
    static final int PLATFORM_POOL = Integer.getInteger("meritasn.bench.platform-pool", 4);

    static final String JVM_HEAP = System.getProperty("meritasn.bench.platform-heap", "256m");

    private LoadProcesses() {}

    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed: " + out);
        }
        return out;
    }

    static PlatformProcess startPlatform(ScaleDatabase.Coordinates db, int port) throws IOException {
        // the platform's deployment options (ops/bin/env.sh), then e.g.
        // -Dmeritasn.bench.platform-jvm-args=-XX:StartFlightRecording=filename=/tmp/p.jfr,settings=profile
        String extra = System.getenv().getOrDefault("MERITASN_JAVA_OPTS", "") + " "
                + System.getProperty("meritasn.bench.platform-jvm-args", "");
        return PlatformProcess.start(
                new TestDatabase.Coordinates(db.url(), db.username(), db.password(), "bench"),
                port,
                JVM_HEAP,
                extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+")),
                List.of(
                        "--spring.datasource.hikari.maximum-pool-size=" + PLATFORM_POOL,
                        "--logging.level.root=WARN",
                        "--meritasn.mobility.indexer-enabled=false"),
                Path.of(System.getProperty("java.io.tmpdir"), "meritasn-bench-platform.log"));
    }

    static Process startPostGraphile(ScaleDatabase.Coordinates db, String schema, int port) throws IOException {
        String binary = System.getProperty("meritasn.bench.postgraphile");
        if (binary == null) {
            throw new IllegalStateException(
                    "PostGraphile is installed by ops/bench (meritasn.bench.postgraphile is not set)");
        }
        URI jdbc = URI.create(db.url().substring("jdbc:".length()));
        String connection = "postgres://" + db.username() + (db.password().isEmpty() ? "" : ":" + db.password()) + "@"
                + jdbc.getHost() + ":" + jdbc.getPort() + jdbc.getPath();
        return new ProcessBuilder(
                        binary,
                        "-c",
                        connection,
                        "-s",
                        schema,
                        "-p",
                        String.valueOf(port),
                        "-n",
                        "127.0.0.1",
                        "--disable-query-log",
                        "--max-pool-size",
                        "10",
                        // backward relations clash on the self-referencing succession_decision table and are not
                        // queried here
                        "--skip-plugins",
                        "graphile-build-pg:PgBackwardRelationPlugin")
                .redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "meritasn-bench-postgraphile.log")
                        .toFile())
                .start();
    }

    static String peerTalentMap() {
        StringBuilder query = new StringBuilder("{ ");
        for (int box = 1; box <= 9; box++) {
            query.append("b")
                    .append(box)
                    .append(": allTalentResults(condition: { periodId: \"1\", box: ")
                    .append(box)
                    .append(" }) { totalCount } ");
        }
        return query.append(
                        "notMapped: allTalentResults(condition: { periodId: \"1\", mapped: false }) { totalCount } }")
                .toString();
    }

    static void waitUntilServing(String url, Process process) throws Exception {
        PlatformProcess.awaitServing(URI.create(url), process, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * The peer counts boxes with one {@code count(*) ... where period_id = ? and box = ?} per box; our schema has no
     * index for that since tenant-006 (our grid reads the latest version per employee, which the primary key serves), so
     * the peer gets the one its query wants: the comparison is of the two servers, not of a missing index.
     */
    static void peerBoxIndex(ScaleDatabase.Coordinates db, String schema) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.username(), db.password());
                var statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS peer_talent_result_box_idx ON " + schema
                    + ".talent_result (period_id, box)");
            // VACUUM as well: after the upgrade rewrote the table its visibility map is empty, and the peer's
            // index-only counts would visit every heap page
            statement.execute("VACUUM ANALYZE " + schema + ".talent_result");
        }
    }

    static String nodeVersion() {
        try {
            return run(List.of("node", "--version")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    static int freePort() throws IOException {
        return PlatformProcess.freePort();
    }
}
