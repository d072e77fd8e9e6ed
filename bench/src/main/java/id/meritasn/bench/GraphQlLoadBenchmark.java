package id.meritasn.bench;

import static id.meritasn.bench.LoadProcesses.JVM_HEAP;
import static id.meritasn.bench.LoadProcesses.PLATFORM_POOL;
import static id.meritasn.bench.Wrk.CONNECTIONS;
import static id.meritasn.bench.Wrk.SECONDS;
import static id.meritasn.bench.Wrk.WARM_UP_SECONDS;

import id.meritasn.bench.Wrk.Load;
import id.meritasn.national.GeneratedData;
import id.meritasn.national.Scale;
import id.meritasn.national.ScaleDatabase;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Across all agencies the measured run follows the cold one and a longer warm-up: quick checks showed the
     * employees page still warming (catalogs and pages of 600 agencies) 40 s into the load and steady after 60 s.
     */
    static final int STEADY_WARM_UP_SECONDS = Integer.getInteger("meritasn.bench.load-steady-warm-up-seconds", 60);

    static final String EMPLOYEES = "{ employees(first: 50) { edges { node { nip name golongan position { name }"
            + " unit { name } } } pageInfo { endCursor hasNextPage } } }";
    static final String TALENT_MAP = "{ talentMap(periodId: 1) { boxes { box count percent } notMapped } }";
    static final String PEER_EMPLOYEES = "{ allEmployees(first: 50, orderBy: [NAME_ASC, NIP_ASC]) { edges { node { nip"
            + " name golongan jabatanByJabatanId { name } unitKerjaByUnitId { name } } } pageInfo { endCursor hasNextPage } } }";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Wrk wrk = new Wrk();

    @Override
    public void run(BenchmarkReport report) throws Exception {
        Scale scale = Scale.valueOf(
                System.getProperty("meritasn.bench.scale", "national").toUpperCase(Locale.ROOT));
        ScaleDatabase.Coordinates db = ScaleDatabase.start(scale);
        List<GeneratedData.Agency> agencies = GeneratedData.agencies(db, scale);
        String median = agencies.get(agencies.size() / 2).key();
        int medianSize = agencies.get(agencies.size() / 2).employees();

        int port = LoadProcesses.freePort();
        PlatformProcess platform = LoadProcesses.startPlatform(db, port);
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
            Load oursEmployeesCold = wrk.load(url, EMPLOYEES, tokens, keys);
            Load oursEmployees = wrk.load(url, EMPLOYEES, tokens, keys, STEADY_WARM_UP_SECONDS);
            Load oursMap = wrk.load(url, TALENT_MAP, tokens, keys);
            rss.interrupt();
            rss.join();
            int oneIndex = keys.indexOf(median);
            List<String> oneToken = List.of(tokens.get(oneIndex));
            Load oursOneEmployees = wrk.load(url, EMPLOYEES, oneToken, List.of(median));
            Load oursOneMap = wrk.load(url, TALENT_MAP, oneToken, List.of(median));
            long rssAfter = RssSampler.rssKb(platform.pid());

            int peerPort = LoadProcesses.freePort();
            LoadProcesses.peerBoxIndex(db, "t_" + median);
            peer = LoadProcesses.startPostGraphile(db, "t_" + median, peerPort);
            String peerUrl = "http://127.0.0.1:" + peerPort + "/graphql";
            LoadProcesses.waitUntilServing(peerUrl, peer);
            String peerMap = LoadProcesses.peerTalentMap();
            check(peerUrl, null, null, PEER_EMPLOYEES, "allEmployees");
            check(peerUrl, null, null, peerMap, "b1");
            Load peerEmployees = wrk.load(peerUrl, PEER_EMPLOYEES, List.of(), List.of());
            Load peerMapLoad = wrk.load(peerUrl, peerMap, List.of(), List.of());

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
                    + " (Node " + LoadProcesses.nodeVersion() + ") on schema t_" + median
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
            wrk.load(url, EMPLOYEES, tokens, keys);
        }
        Load ours = wrk.load(url, EMPLOYEES, tokens, keys);
        int peerPort = LoadProcesses.freePort();
        Process peer = LoadProcesses.startPostGraphile(db, "t_" + agency, peerPort);
        String peerUrl = "http://127.0.0.1:" + peerPort + "/graphql";
        LoadProcesses.waitUntilServing(peerUrl, peer);
        check(peerUrl, null, null, PEER_EMPLOYEES, "allEmployees");
        Load theirs = wrk.load(peerUrl, PEER_EMPLOYEES, List.of(), List.of());
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
}
