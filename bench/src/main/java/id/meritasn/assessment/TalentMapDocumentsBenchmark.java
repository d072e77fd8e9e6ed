package id.meritasn.assessment;

import id.meritasn.bench.Benchmark;
import id.meritasn.bench.BenchmarkApp;
import id.meritasn.bench.BenchmarkReport;
import id.meritasn.employee.DemoData;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 21's figures: the talent-map report (PDF) and the members export (XLSX) of the 60,000-employee agency, each
 * issued and downloaded over HTTP from the platform running as its own process with a 256 MB heap, with its time and
 * the heap it used (from the process's GC log), beside the same run's plain GraphQL read of the map (talentMap with its
 * members). Targets: under 10 s and 256 MB each.
 */
public class TalentMapDocumentsBenchmark implements Benchmark {

    static final int EMPLOYEES = Integer.getInteger("meritasn.bench.map-employees", 60_000);

    @Override
    public void run(BenchmarkReport report) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkApp.start()) {
            String agency = "bench_doc_" + Long.toHexString(System.nanoTime()).substring(4);
            SystemActor.callAsPlatform(() -> context.getBean(TenantProvisioningService.class)
                    .provision(
                            new ProvisionTenantCommand(
                                    agency, "Benchmark " + agency, TenantKind.KOTA, "Uji", null, Map.of()),
                            "bench"));
            DemoData.fill(context, agency, EMPLOYEES, LocalDate.of(2026, 12, 1), 60_000);
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            new TestingAuthenticationToken("bench", null, "ROLE_TENANT_ADMIN", "AGENCY_" + agency));
            AssessmentService assessments = context.getBean(AssessmentService.class);
            long period = assessments
                    .createPeriod(agency, "Benchmark", TalentMapBenchmark.AS_OF)
                    .orElseThrow()
                    .id();
            int active;
            try (Connection c = context.getBean(DataSource.class).getConnection()) {
                active = AssessmentData.seedInputs(c, "t_" + agency, period);
            }
            assessments.computePeriod(agency, period).orElseThrow();
            SecurityContextHolder.clearContext();
            Path gcLog = Files.createTempFile("meritasn-doc-gc", ".log");
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "meritasn-bench-documents.log");
            try (PlatformProcess platform = PlatformProcess.start(
                    TestDatabase.get(),
                    PlatformProcess.freePort(),
                    HEAP,
                    List.of("-Xlog:gc:file=" + gcLog),
                    List.of("--logging.level.root=WARN", "--meritasn.mobility.indexer-enabled=false"),
                    log)) {
                platform.awaitServing();
                String base = "http://localhost:" + platform.port();
                String token = Tokens.builder("bench", "tenant-admin")
                        .claims(Map.of("organization", List.of(agency)))
                        .mint();
                HttpClient http = HttpClient.newHttpClient();
                // one of each first (JIT, fonts, templates), not counted
                fetch(http, base, issue(http, base, token, "TALENT_MAP_MEMBERS", period));
                fetch(http, base, issue(http, base, token, "TALENT_MAP_REPORT", period));

                Measured graphQl = measure(
                        gcLog,
                        () -> graphQl(
                                        http,
                                        base,
                                        token,
                                        "{ talentMap(periodId: " + period
                                                + ") { boxes { box count } notMapped members { nip box potential performance mapped } } }")
                                .length());
                Measured pdf =
                        measure(gcLog, () -> fetch(http, base, issue(http, base, token, "TALENT_MAP_REPORT", period)));
                Measured xlsx =
                        measure(gcLog, () -> fetch(http, base, issue(http, base, token, "TALENT_MAP_MEMBERS", period)));

                report.againstLimit(
                        "talent-map report (PDF) of " + active + " employees, issued and downloaded",
                        pdf.ms,
                        "ms",
                        10_000);
                report.againstLimit(
                        "heap in use before a collection while making the report (peak)", pdf.peakMb, "MB", 256);
                report.againstLimit(
                        "members export (XLSX) of " + active + " employees, issued and downloaded",
                        xlsx.ms,
                        "ms",
                        10_000);
                report.againstLimit(
                        "heap in use before a collection while making the export (peak)", xlsx.peakMb, "MB", 256);
                report.againstPeer(
                        "report (PDF)", pdf.ms, "ms", "GraphQL talentMap with its members, same run", graphQl.ms);
                report.againstPeer(
                        "members export (XLSX)",
                        xlsx.ms,
                        "ms",
                        "GraphQL talentMap with its members, same" + " run",
                        graphQl.ms);
                report.note(String.format(
                        Locale.ROOT,
                        "Sizes: report %.1f MB, export %.1f MB, GraphQL response %.1f"
                                + " MB. Peak heap of the GraphQL read: %.0f MB. Live heap after the collections of each"
                                + " (most, MB): report %.0f, export %.0f, GraphQL %.0f.",
                        pdf.bytes / 1e6,
                        xlsx.bytes / 1e6,
                        graphQl.bytes / 1e6,
                        graphQl.peakMb,
                        pdf.liveMb,
                        xlsx.liveMb,
                        graphQl.liveMb));
                report.note("The platform ran as its own process (ServeMain) with -Xmx" + HEAP + ", the target itself:"
                        + " it made both files within it. Peak: the most heap in use before a collection while the"
                        + " request ran (-Xlog:gc); live: the most left after one. Requests over HTTP with a minted"
                        + " token: issueDocument, then GET of its link. Data: the demo generator's " + active
                        + " active employees with every input, computed once in the benchmark's own JVM.");
            }
        }
    }

    static final String HEAP = System.getProperty("meritasn.bench.documents-heap", "256m");

    static String issue(HttpClient http, String base, String token, String kind, long period) throws Exception {
        String body = graphQl(
                http,
                base,
                token,
                "mutation { issueDocument(input: {kind: \\\"" + kind + "\\\", periodId: " + period
                        + "}) { document { downloadPath } errors { message } } }");
        Matcher path = Pattern.compile("\"downloadPath\":\"([^\"]+)\"").matcher(body);
        if (!path.find()) {
            throw new IllegalStateException("issueDocument " + kind + ": " + body);
        }
        return path.group(1);
    }

    static String graphQl(HttpClient http, String base, String token, String query) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"))
                .build();
        return http.send(post, HttpResponse.BodyHandlers.ofString()).body();
    }

    static long fetch(HttpClient http, String base, String path) throws Exception {
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Download " + path + ": HTTP " + response.statusCode());
        }
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65_536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        return bytes;
    }

    record Measured(double ms, double peakMb, double liveMb, long bytes) {}

    interface Work {
        long run() throws Exception;
    }

    /** Time of the work, and from the platform's GC log the most heap in use before and after a collection meanwhile. */
    static Measured measure(Path gcLog, Work work) throws Exception {
        long from = Files.size(gcLog);
        long start = System.nanoTime();
        long bytes = work.run();
        double ms = (System.nanoTime() - start) / 1e6;
        Thread.sleep(200); // the log line of a collection at the very end
        String lines;
        try (var file = new RandomAccessFile(gcLog.toFile(), "r")) {
            file.seek(from);
            byte[] rest = new byte[(int) (file.length() - from)];
            file.readFully(rest);
            lines = new String(rest, StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(lines);
        double peak = 0;
        double live = 0;
        while (m.find()) {
            peak = Math.max(peak, Double.parseDouble(m.group(1)));
            live = Math.max(live, Double.parseDouble(m.group(2)));
        }
        return new Measured(ms, peak, live, bytes);
    }
}
