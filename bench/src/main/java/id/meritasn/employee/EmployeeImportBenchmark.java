package id.meritasn.employee;

import id.meritasn.bench.Benchmark;
import id.meritasn.bench.BenchmarkReport;
import id.meritasn.imports.ImportJob;
import id.meritasn.imports.ImportJobRuns;
import id.meritasn.shared.security.AgencySelection;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.Tokens;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 4's figures: importing 100,000 employee rows (parse, validate, store with audit trail) against PostgreSQL COPY
 * of the same rows into the same table, in the same run; and the latency over HTTP of a 50-employee page with nested
 * position and unit, with a token and tenancy on.
 */
public class EmployeeImportBenchmark implements Benchmark {

    static final int ROWS = Integer.getInteger("meritasn.bench.import-rows", 100_000);

    @Override
    public void run(BenchmarkReport report) throws Exception {
        try (ConfigurableApplicationContext context =
                id.meritasn.bench.BenchmarkApp.start("--meritasn.import.chunk-size=1000")) {
            String ours = "bench_import_" + Long.toHexString(System.nanoTime()).substring(4);
            String copy = "bench_copy_" + Long.toHexString(System.nanoTime()).substring(4);
            for (String key : List.of(ours, copy)) {
                SystemActor.callAsPlatform(() -> context.getBean(TenantProvisioningService.class)
                        .provision(
                                new ProvisionTenantCommand(
                                        key, "Benchmark " + key, TenantKind.KABUPATEN, "Uji", null, Map.of()),
                                "bench"));
                SecurityContextHolder.getContext()
                        .setAuthentication(
                                new TestingAuthenticationToken("bench", null, "ROLE_TENANT_ADMIN", "AGENCY_" + key));
                context.getBean(OrganizationService.class).saveUnit(key, "SETDA", "Sekretariat Daerah", null);
                SecurityContextHolder.clearContext();
            }
            List<String[]> rows = rows(ROWS);
            StringBuilder csv = new StringBuilder("NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR\n");
            rows.forEach(r -> csv.append(r[0])
                    .append(',')
                    .append(r[1])
                    .append(',')
                    .append(r[2])
                    .append(',')
                    .append(r[3])
                    .append(",SETDA\n"));
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

            ImportJobRuns runs = new ImportJobRuns(context);
            UUID id = runs.queued(ours, ImportJob.EMPLOYEES, "bench.csv", file, "bench");
            long start = System.nanoTime();
            runs.run(ours, id);
            double importMs = (System.nanoTime() - start) / 1e6;
            ImportJob job = runs.job(ours, id);
            if (job.created() != ROWS) {
                throw new IllegalStateException("Import did not create every row: " + job);
            }

            double copyMs = copy(context.getBean(DataSource.class), copy, rows);
            report.againstLimit("import " + ROWS + " employee rows (CSV, validated, audited)", importMs, "ms", 15_000);
            report.againstLimit("import time as a multiple of COPY (limit 10x)", importMs / copyMs, "x", 10);
            report.againstPeer(
                    "import " + ROWS + " employee rows",
                    importMs,
                    "ms",
                    "PostgreSQL COPY of the same rows, same run",
                    copyMs);

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            double[] latencies = pageLatencies(port, ours);
            report.againstLimit(
                    "50-employee page with position and unit over HTTP, p50",
                    BenchmarkReport.percentile(latencies, 50),
                    "ms",
                    200);
            report.againstLimit(
                    "50-employee page with position and unit over HTTP, p99",
                    BenchmarkReport.percentile(latencies, 99),
                    "ms",
                    500);
            ImportHeapMeasure.measure(report);
            report.note("The import parses, validates every field and the NIP, compares with what is stored, writes the"
                    + " employee rows, one audit entry per row and the job's progress per chunk of 1000 rows; COPY writes"
                    + " the employee rows only. Both into a fresh tenant schema on embedded PostgreSQL 17, fsync on.");
            report.note("Page latency: " + latencies.length + " sequential requests walking the keyset pages of the "
                    + ROWS + "-employee agency, after 20 warm-up requests; token verified and tenant entered on each.");
        }
    }

    /** Distinct valid NIPs with a name and golongan: NIP, name, golongan, TMT golongan. */
    public static List<String[]> rows(int count) {
        List<String[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // birth 1965-1984 (6720 distinct dates), appointment 2010-2019 in January or February: all unique and valid
            int b = i % 6720;
            int a = i / 6720;
            String nip = String.format(
                    "%04d%02d%02d%04d%02d%d001",
                    1965 + b % 20, 1 + (b / 20) % 12, 1 + (b / 240) % 28, 2010 + a % 10, 1 + a / 10, 1 + i % 2);
            rows.add(new String[] {nip, "Pegawai " + i, "III/" + "abcd".charAt(i % 4), "2020-04-01"});
        }
        return rows;
    }

    private static double copy(DataSource dataSource, String agency, List<String[]> rows) throws Exception {
        StringBuilder data = new StringBuilder();
        rows.forEach(r -> data.append(r[0])
                .append('\t')
                .append(r[1])
                .append('\t')
                .append(r[2])
                .append('\t')
                .append(r[3])
                .append("\tACTIVE\n"));
        try (Connection connection = dataSource.getConnection()) {
            long start = System.nanoTime();
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY t_" + agency + ".employee (nip, name, golongan, golongan_tmt, status) FROM STDIN",
                            new StringReader(data.toString()));
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static double[] pageLatencies(int port, String agency) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String token = Tokens.builder("bench", "tenant-admin")
                .claims(Map.of("organization", List.of(agency)))
                .mint();
        String query =
                "query($after: String) { employees(first: 50, after: $after) { edges { node { nip name position { code } "
                        + "unit { code name } } } pageInfo { endCursor } } }";
        List<Double> measured = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 220; i++) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", cursor);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .header(AgencySelection.HEADER, agency)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            json.writeValueAsString(Map.of("query", query, "variables", variables))))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            JsonNode page = json.readTree(response.body()).path("data").path("employees");
            if (page.path("edges").size() != 50) {
                throw new IllegalStateException("Unexpected page: " + response.body());
            }
            cursor = page.path("pageInfo").path("endCursor").asString();
            if (i >= 20) {
                measured.add(ms);
            }
        }
        return measured.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
