package id.meritasn.bench;

import id.meritasn.national.GeneratedData;
import id.meritasn.national.Scale;
import id.meritasn.national.ScaleDatabase;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 8's HTTP figures over a generated data set ({@code ops/generate national} first): wrk POSTs the employees
 * page and the talent map summary to {@code /graphql} of the platform (own process, tokens verified, tenancy on),
 * rotating the tokens of every generated agency; then the same two queries on one median-sized agency, against ours
 * and against PostGraphile (npm, over the same PostgreSQL and schema, no authentication) in the same run. The
 * platform's resident memory is sampled during the load. wrk and PostGraphile come from {@code ops/bench}.
 */
class GraphQlLoadBenchmark implements Benchmark {

    static final int SECONDS = Integer.getInteger("meritasn.bench.load-seconds", 30);
    static final int CONNECTIONS = Integer.getInteger("meritasn.bench.load-connections", 16);
    /** Seconds of load before each measured run (default a sixth of the run, at least 5). */
    static final int WARM_UP_SECONDS =
            Integer.getInteger("meritasn.bench.load-warm-up-seconds", Math.max(5, SECONDS / 6));
    /**
     * Across all agencies the measured run follows the cold one and a longer warm-up: quick checks showed the
     * employees page still warming (catalogs and pages of 600 agencies) 40 s into the load and steady after 60 s.
     */
    static final int STEADY_WARM_UP_SECONDS = Integer.getInteger("meritasn.bench.load-steady-warm-up-seconds", 60);

    /**
     * The platform's pool, sized to this machine as a deployment would size it (HikariCP's guidance: about twice the
     * cores): with the application's 20 on two cores the one-agency employees page served 594 req/s, with 4
     * it served 761 (fewer PostgreSQL backends competing for the cores; ops/results/graphql-load-2026-12-01.md).
     */
    static final int PLATFORM_POOL = Integer.getInteger("meritasn.bench.platform-pool", 4);

    static final String JVM_HEAP = System.getProperty("meritasn.bench.platform-heap", "256m");

    static final String EMPLOYEES = "{ employees(first: 50) { edges { node { nip name golongan position { name }"
            + " unit { name } } } pageInfo { endCursor hasNextPage } } }";
    static final String TALENT_MAP = "{ talentMap(periodId: 1) { boxes { box count percent } notMapped } }";
    static final String PEER_EMPLOYEES = "{ allEmployees(first: 50, orderBy: [NAME_ASC, NIP_ASC]) { edges { node { nip"
            + " name golongan jabatanByJabatanId { name } unitKerjaByUnitId { name } } } pageInfo { endCursor hasNextPage } } }";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public void run(BenchmarkReport report) throws Exception {
        Scale scale = Scale.valueOf(
                System.getProperty("meritasn.bench.scale", "national").toUpperCase(Locale.ROOT));
        ScaleDatabase.Coordinates db = ScaleDatabase.start(scale);
        List<GeneratedData.Agency> agencies = GeneratedData.agencies(db, scale);
        String median = agencies.get(agencies.size() / 2).key();
        int medianSize = agencies.get(agencies.size() / 2).employees();

        int port = freePort();
        PlatformProcess platform = startPlatform(db, port);
        Process peer = null;
        try {
            String url = "http://127.0.0.1:" + port + "/graphql";
            platform.awaitServing();
            List<String> keys = agencies.stream().map(GeneratedData.Agency::key).toList();
            upgradeSchemas(url, keys);
            List<String> tokens = keys.stream()
                    .map(key -> Tokens.builder("bench-" + key, "tenant-admin")
                            .claims(Map.of("organization", List.of(key)))
                            .expiresAt(Instant.now().plus(Duration.ofHours(3)))
                            .mint())
                    .toList();
            check(url, tokens.getFirst(), keys.getFirst(), EMPLOYEES, "employees");
            check(url, tokens.getFirst(), keys.getFirst(), TALENT_MAP, "talentMap");
            String quick = System.getProperty("meritasn.bench.load-quick", "");
            if (!quick.isEmpty()) {
                boolean many = quick.equals("many");
                peer = quickCheck(
                        db,
                        url,
                        many ? tokens : List.of(tokens.get(keys.indexOf(median))),
                        many ? keys : List.of(median),
                        median);
                return;
            }

            RssSampler rss = new RssSampler(platform.pid());
            rss.start();
            // the first run after start meets cold caches: every pooled connection reads each agency's catalog entries
            // (and PostgreSQL each agency's pages) the first time; reported apart, the figures are the steady state
            Load oursEmployeesCold = wrk(url, EMPLOYEES, tokens, keys);
            Load oursEmployees = wrk(url, EMPLOYEES, tokens, keys, STEADY_WARM_UP_SECONDS);
            Load oursMap = wrk(url, TALENT_MAP, tokens, keys);
            rss.interrupt();
            rss.join();
            int oneIndex = keys.indexOf(median);
            List<String> oneToken = List.of(tokens.get(oneIndex));
            Load oursOneEmployees = wrk(url, EMPLOYEES, oneToken, List.of(median));
            Load oursOneMap = wrk(url, TALENT_MAP, oneToken, List.of(median));
            long rssAfter = rssKb(platform.pid());

            int peerPort = freePort();
            peerBoxIndex(db, "t_" + median);
            peer = startPostGraphile(db, "t_" + median, peerPort);
            String peerUrl = "http://127.0.0.1:" + peerPort + "/graphql";
            waitUntilServing(peerUrl, peer);
            String peerMap = peerTalentMap();
            check(peerUrl, null, null, PEER_EMPLOYEES, "allEmployees");
            check(peerUrl, null, null, peerMap, "b1");
            Load peerEmployees = wrk(peerUrl, PEER_EMPLOYEES, List.of(), List.of());
            Load peerMapLoad = wrk(peerUrl, peerMap, List.of(), List.of());

            String many = "ours across " + agencies.size() + " agencies (tokens rotating) vs PostGraphile on one";
            String one = "one agency of " + medianSize + " employees";
            throughput(report, "employees page (50, position and unit), " + many, oursEmployees, peerEmployees);
            throughput(report, "employees page, " + one, oursOneEmployees, peerEmployees);
            throughput(report, "talent map summary (box counts), " + many, oursMap, peerMapLoad);
            throughput(report, "talent map summary, " + one, oursOneMap, peerMapLoad);
            latency(report, "employees page, " + many, oursEmployees, peerEmployees);
            latency(report, "employees page, " + one, oursOneEmployees, peerEmployees);
            latency(report, "talent map summary, " + many, oursMap, peerMapLoad);
            latency(report, "talent map summary, " + one, oursOneMap, peerMapLoad);
            report.againstLimit(
                    "platform RSS under load, " + agencies.size() + " agencies registered (max of samples)",
                    rss.maxKb() / 1024.0,
                    "MB",
                    600);
            report.note(String.format(
                    Locale.ROOT,
                    "Ours across %d agencies: employees page %.0f req/s, talent map summary"
                            + " %.0f req/s. Raw wrk results: ours many %s / %s; ours one %s / %s; PostGraphile %s / %s.",
                    agencies.size(),
                    oursEmployees.perSecond(),
                    oursMap.perSecond(),
                    oursEmployees,
                    oursMap,
                    oursOneEmployees,
                    oursOneMap,
                    peerEmployees,
                    peerMapLoad));
            report.note(String.format(
                    Locale.ROOT,
                    "Across %d agencies the first run after the platform starts is slower:"
                            + " employees page %.0f req/s (p50 %.1f ms) from second %d to %d of the load, while PostgreSQL"
                            + " reads each agency's first pages from disk (14-36 ms for an agency's first page, psql) and"
                            + " each pooled connection loads each agency's catalog entries (about 2 ms per agency and"
                            + " connection). The figures above come after it and another "
                            + STEADY_WARM_UP_SECONDS + " s of load.",
                    agencies.size(),
                    oursEmployeesCold.perSecond(),
                    oursEmployeesCold.p50Ms(),
                    WARM_UP_SECONDS,
                    WARM_UP_SECONDS + SECONDS));
            report.note(
                    "Load: wrk " + CONNECTIONS + " connections, 1 thread, " + SECONDS + " s per figure after a "
                            + WARM_UP_SECONDS
                            + " s warm-up (the employees page across all agencies: after the cold run and "
                            + STEADY_WARM_UP_SECONDS
                            + " s more), on the same 2-core machine as the platform, PostgreSQL and the peer"
                            + " (they compete for the cores). Every response is checked: HTTP 200 and no GraphQL errors (counted above).");
            report.note("Ours: the backend API (ServeMain: Spring Boot, Spring for GraphQL, JWT verification with the"
                    + " platform's decoder, agency from the token, registry check, SET LOCAL search_path) as its own JVM"
                    + " with -Xmx" + JVM_HEAP + ", a pool of " + PLATFORM_POOL + " connections, "
                    + System.getenv().getOrDefault("MERITASN_JAVA_OPTS", "") + ", Java "
                    + System.getProperty("java.version") + "; the Vaadin UI module"
                    + " is not loaded; the mobility indexer is off. Database: " + scale.key()
                    + " scale from ops/generate"
                    + " (" + agencies.size() + " agencies). RSS after the single-agency runs: " + rssAfter / 1024
                    + " MB.");
            report.note("Peer: PostGraphile " + System.getProperty("meritasn.bench.postgraphile-version", "?")
                    + " (Node " + nodeVersion() + ") on schema t_" + median
                    + " only: PostGraphile has no schema per tenant"
                    + " (the schemas of 600 agencies would give 600 clashing Employee types), no tokens. Same page of 50"
                    + " by name with position and unit; the map summary as ten totalCount aliases (per box and unmapped)"
                    + " of allTalentResults, equal to ours here because generated periods have one result version per"
                    + " employee and no calibration moves.");
        } finally {
            platform.close();
            if (peer != null) {
                peer.destroy();
            }
        }
    }

    /**
     * {@code -Dmeritasn.bench.load-quick=one} (or {@code many}): only the employees page, on the median agency (or
     * across all, two runs: the first after start and the next), ours then PostGraphile's, printed, no results file:
     * a two-minute check while working on that figure.
     */
    private Process quickCheck(
            ScaleDatabase.Coordinates db, String url, List<String> tokens, List<String> keys, String agency)
            throws Exception {
        if (keys.size() > 1) {
            wrk(url, EMPLOYEES, tokens, keys);
        }
        Load ours = wrk(url, EMPLOYEES, tokens, keys);
        int peerPort = freePort();
        Process peer = startPostGraphile(db, "t_" + agency, peerPort);
        String peerUrl = "http://127.0.0.1:" + peerPort + "/graphql";
        waitUntilServing(peerUrl, peer);
        check(peerUrl, null, null, PEER_EMPLOYEES, "allEmployees");
        Load theirs = wrk(peerUrl, PEER_EMPLOYEES, List.of(), List.of());
        System.out.printf(
                Locale.ROOT,
                "QUICK employees page, %d agencies: ours %.0f req/s, PostGraphile %.0f req/s, %.2fx%n",
                keys.size(),
                ours.perSecond(),
                theirs.perSecond(),
                ours.perSecond() / theirs.perSecond());
        return peer;
    }

    /** Throughput: higher is better; the ratio is ours over PostGraphile's, target at least 1.0x. */
    private static void throughput(BenchmarkReport report, String figure, Load ours, Load peer) {
        report.atLeast(figure + ": throughput", ours.perSecond(), "req/s", "PostGraphile, same run", peer.perSecond());
    }

    private static void latency(BenchmarkReport report, String figure, Load ours, Load peer) {
        report.againstPeer(figure + ": p50", ours.p50Ms(), "ms", "PostGraphile", peer.p50Ms());
        report.againstPeer(figure + ": p99", ours.p99Ms(), "ms", "PostGraphile", peer.p99Ms());
    }

    /** One wrk run's figures. */
    record Load(long requests, double seconds, double p50Ms, double p99Ms, long failed) {
        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d req in %.0f s, p50 %.1f ms, p99 %.1f ms, %d failed",
                    requests,
                    seconds,
                    p50Ms,
                    p99Ms,
                    failed);
        }
    }

    private Load wrk(String url, String query, List<String> tokens, List<String> agencies) throws Exception {
        return wrk(url, query, tokens, agencies, WARM_UP_SECONDS);
    }

    private Load wrk(String url, String query, List<String> tokens, List<String> agencies, int warmUpSeconds)
            throws Exception {
        Path script = Files.createTempFile("meritasn-wrk", ".lua");
        StringBuilder lua = new StringBuilder("path = \"/graphql\"\nbody = ")
                .append(luaString(json.writeValueAsString(Map.of("query", query))))
                .append("\ntokens = {");
        tokens.forEach(t -> lua.append(luaString(t)).append(','));
        lua.append("}\nagencies = {");
        agencies.forEach(a -> lua.append(luaString(a)).append(','));
        lua.append("}\n");
        try (InputStream in = GraphQlLoadBenchmark.class.getResourceAsStream("/bench/graphql-load.lua")) {
            lua.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Files.writeString(script, lua);
        URI target = URI.create(url);
        String base = target.getScheme() + "://" + target.getHost() + ":" + target.getPort();
        run(List.of(
                "wrk",
                "-t1",
                "-c" + CONNECTIONS,
                "-d" + warmUpSeconds + "s",
                "--timeout",
                "30s",
                "-s",
                script.toString(),
                base)); // warm-up
        String out = run(List.of(
                "wrk",
                "-t1",
                "-c" + CONNECTIONS,
                "-d" + SECONDS + "s",
                "--timeout",
                "30s",
                "-s",
                script.toString(),
                base));
        Files.delete(script);
        String line = out.lines()
                .filter(l -> l.startsWith("{\"requests\""))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result: " + out));
        JsonNode r = json.readTree(line);
        Load load = new Load(
                r.path("requests").asLong(),
                r.path("duration_us").asLong() / 1e6,
                r.path("p50_us").asLong() / 1000.0,
                r.path("p99_us").asLong() / 1000.0,
                r.path("failed").asLong() + r.path("socket_errors").asLong());
        System.out.println("wrk " + url + " " + query.substring(0, Math.min(40, query.length())) + "...: " + load);
        if (load.failed() > load.requests() / 100) {
            throw new IllegalStateException("Over 1% of the requests failed: " + load);
        }
        return load;
    }

    private static String luaString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed: " + out);
        }
        return out;
    }

    private static PlatformProcess startPlatform(ScaleDatabase.Coordinates db, int port) throws IOException {
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

    private static Process startPostGraphile(ScaleDatabase.Coordinates db, String schema, int port) throws IOException {
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

    private static String peerTalentMap() {
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

    private void waitUntilServing(String url, Process process) throws Exception {
        PlatformProcess.awaitServing(URI.create(url), process, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * The data set was generated by an older build: its agencies get the tenant changesets added since, the way an
     * operator upgrades after a release (the platform-admin mutation), before anything is measured.
     */
    private void upgradeSchemas(String url, List<String> keys) throws Exception {
        String token = Tokens.forUser("bench-platform-admin", "platform-admin");
        int upgraded = 0;
        long millis = 0;
        // one agency per request: each is answered within the server's request timeout (30 s) even for the largest
        for (int from = 0; from < keys.size(); from++) {
            String query =
                    "mutation($keys: [ID!]) { upgradeTenantSchemas(input: {keys: $keys}) { upgraded failed { key reason } millis } }";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            Map.of("query", query, "variables", Map.of("keys", List.of(keys.get(from)))))))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode report = json.readTree(response.body()).path("data").path("upgradeTenantSchemas");
            if (response.statusCode() != 200
                    || !report.has("upgraded")
                    || report.path("failed").size() > 0) {
                throw new IllegalStateException(
                        "Upgrading the generated agencies failed: " + response.statusCode() + " " + response.body());
            }
            upgraded += report.path("upgraded").size();
            millis += report.path("millis").asLong();
        }
        System.out.println(
                "Tenant schemas: " + keys.size() + " checked, " + upgraded + " upgraded in " + millis + " ms");
    }

    /**
     * The peer counts boxes with one {@code count(*) ... where period_id = ? and box = ?} per box; our schema has no
     * index for that since tenant-006 (our grid reads the latest version per employee, which the primary key serves), so
     * the peer gets the one its query wants: the comparison is of the two servers, not of a missing index.
     */
    private static void peerBoxIndex(ScaleDatabase.Coordinates db, String schema) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.username(), db.password());
                var statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS peer_talent_result_box_idx ON " + schema
                    + ".talent_result (period_id, box)");
            // VACUUM as well: after the upgrade rewrote the table its visibility map is empty, and the peer's
            // index-only counts would visit every heap page
            statement.execute("VACUUM ANALYZE " + schema + ".talent_result");
        }
    }

    /** One request, which must answer data for {@code field} and no errors, before load is put on the query. */
    private void check(String url, String token, String agency, String query, String field) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("X-MeritASN-Agency", agency);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(response.body());
        if (response.statusCode() != 200
                || body.has("errors")
                || body.path("data").path(field).isMissingNode()
                || body.path("data").path(field).isNull()) {
            throw new IllegalStateException("Unexpected answer from " + url + " to " + query + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(0L);
    }

    /** Samples the platform's resident set every half second while the load runs. */
    private static final class RssSampler extends Thread {
        private final long pid;
        private final AtomicLong max = new AtomicLong();

        RssSampler(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        long maxKb() {
            return max.get();
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    max.accumulateAndGet(rssKb(pid), Math::max);
                    Thread.sleep(500);
                }
            } catch (InterruptedException | IOException stopped) {
                // sampling ends with the load
            }
        }
    }

    private static String nodeVersion() {
        try {
            return run(List.of("node", "--version")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static int freePort() throws IOException {
        return PlatformProcess.freePort();
    }
}
