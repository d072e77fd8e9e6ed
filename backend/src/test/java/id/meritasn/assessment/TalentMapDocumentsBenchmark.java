package id.meritasn.assessment;

import id.meritasn.bench.Benchmark;
import id.meritasn.bench.BenchmarkApp;
import id.meritasn.bench.BenchmarkReport;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentService;
import id.meritasn.employee.DemoData;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.Tokens;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Issue 21's figures: the talent-map report (PDF) and the members export (XLSX) of the 60,000-employee agency, each
 * downloaded over HTTP as a user gets it, with its time and the JVM's peak heap while it was made, beside the same
 * run's plain GraphQL read of the map (talentMap with its members). Targets: under 10 s and 256 MB each.
 */
public class TalentMapDocumentsBenchmark implements Benchmark {

    static final int EMPLOYEES = Integer.getInteger("meritasn.bench.map-employees", 60_000);

    @Override
    public void run(BenchmarkReport report) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkApp.start()) {
            String agency = "bench_doc_" + Long.toHexString(System.nanoTime()).substring(4);
            SystemActor.callAsPlatform(() -> context.getBean(TenantProvisioningService.class).provision(
                    new ProvisionTenantCommand(agency, "Benchmark " + agency, TenantKind.KOTA, "Uji", null, Map.of()),
                    "bench"));
            DemoData.fill(context, agency, EMPLOYEES, LocalDate.of(2026, 12, 1), 60_000);
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("bench", null,
                    "ROLE_TENANT_ADMIN", "AGENCY_" + agency));
            AssessmentService assessments = context.getBean(AssessmentService.class);
            long period = assessments.createPeriod(agency, "Benchmark", TalentMapBenchmark.AS_OF).id();
            int active;
            try (Connection c = context.getBean(DataSource.class).getConnection()) {
                active = AssessmentData.seedInputs(c, "t_" + agency, period);
            }
            assessments.computePeriod(agency, period);
            DocumentService documents = context.getBean(DocumentService.class);
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            String token = Tokens.builder("bench", "tenant-admin").claims(Map.of("organization", List.of(agency))).mint();
            HttpClient http = HttpClient.newHttpClient();

            // one of each first (JIT, fonts, templates), not counted
            fetch(http, base, documents.issue(agency, "TALENT_MAP_MEMBERS", request(period), "id", "bench").downloadPath());
            fetch(http, base, documents.issue(agency, "TALENT_MAP_REPORT", request(period), "id", "bench").downloadPath());

            Measured graphQl = measure(() -> {
                HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ talentMap(periodId: " + period
                                + ") { boxes { box count } notMapped members { nip box potential performance mapped"
                                + " } } }\"}")).build();
                return (long) http.send(post, HttpResponse.BodyHandlers.ofByteArray()).body().length;
            });
            Measured pdf = measure(() -> fetch(http, base, documents.issue(agency, "TALENT_MAP_REPORT", request(period),
                    "id", "bench").downloadPath()));
            Measured xlsx = measure(() -> fetch(http, base, documents.issue(agency, "TALENT_MAP_MEMBERS",
                    request(period), "id", "bench").downloadPath()));
            SecurityContextHolder.clearContext();

            report.againstLimit("talent-map report (PDF) of " + active + " employees, issued and downloaded", pdf.ms,
                    "ms", 10_000);
            report.againstLimit("peak heap while making the report", pdf.peakMb, "MB", 256);
            report.againstLimit("members export (XLSX) of " + active + " employees, issued and downloaded", xlsx.ms,
                    "ms", 10_000);
            report.againstLimit("peak heap while making the export", xlsx.peakMb, "MB", 256);
            report.againstPeer("report (PDF)", pdf.ms, "ms", "GraphQL talentMap with its members, same run", graphQl.ms);
            report.againstPeer("members export (XLSX)", xlsx.ms, "ms", "GraphQL talentMap with its members, same run",
                    graphQl.ms);
            report.note(String.format(java.util.Locale.ROOT, "Sizes: report %.1f MB, export %.1f MB, GraphQL response"
                    + " %.1f MB. Peak heap of the GraphQL read: %.0f MB.", pdf.bytes / 1e6, xlsx.bytes / 1e6,
                    graphQl.bytes / 1e6, graphQl.peakMb));
            report.note("Peak heap: the sum of the heap pools' peak use between a full GC before and the end of the"
                    + " download, in the benchmark's JVM (-Xmx2g), so it includes what the platform held before (the"
                    + " report's own share is less). Data: the demo generator's " + active + " active employees with"
                    + " every input, computed once.");
        }
    }

    static DocumentRequest request(long period) {
        return new DocumentRequest(period, null, null, null, null, null, null);
    }

    static long fetch(HttpClient http, String base, String path) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
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

    record Measured(double ms, double peakMb, long bytes) {
    }

    interface Work {
        long run() throws Exception;
    }

    static Measured measure(Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long bytes = work.run();
        double ms = (System.nanoTime() - start) / 1e6;
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
        return new Measured(ms, peak, bytes);
    }
}
