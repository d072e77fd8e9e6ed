package id.meritasn.assessment;

import id.meritasn.bench.Benchmark;
import id.meritasn.bench.BenchmarkReport;
import id.meritasn.bench.CpuClock;
import id.meritasn.employee.DemoData;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 5's figure: computing the talent map of one agency of 60,000 employees (score, box, explanation down to the
 * evidence, stored as a new result version) against one set-based SQL statement that computes the same boxes over the
 * same data in the same run (bench/talent-map-peer.sql). Both must agree on every box: the run fails otherwise.
 */
public class TalentMapBenchmark implements Benchmark {

    static final int EMPLOYEES = Integer.getInteger("meritasn.bench.map-employees", 60_000);
    static final int RUNS = Integer.getInteger("meritasn.bench.map-runs", 5);
    static final int WARMUPS = Math.max(1, Integer.getInteger("meritasn.bench.map-warmups", 2));
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Override
    public void run(BenchmarkReport report) throws Exception {
        try (ConfigurableApplicationContext context = id.meritasn.bench.BenchmarkApp.start()) {
            String agency = "bench_map_" + Long.toHexString(System.nanoTime()).substring(4);
            SystemActor.callAsPlatform(() -> context.getBean(TenantProvisioningService.class)
                    .provision(
                            new ProvisionTenantCommand(
                                    agency, "Benchmark " + agency, TenantKind.KOTA, "Uji", null, Map.of()),
                            "bench"));
            long start = System.nanoTime();
            DemoData.fill(context, agency, EMPLOYEES, LocalDate.of(2026, 12, 1), 60_000);
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            new TestingAuthenticationToken("bench", null, "ROLE_TENANT_ADMIN", "AGENCY_" + agency));
            AssessmentService assessments = context.getBean(AssessmentService.class);
            TalentMapService talentMaps = context.getBean(TalentMapService.class);
            long period = assessments
                    .createPeriod(agency, "Benchmark", AS_OF)
                    .orElseThrow()
                    .id();
            DataSource dataSource = context.getBean(DataSource.class);
            int active;
            try (Connection c = dataSource.getConnection()) {
                active = AssessmentData.seedInputs(c, "t_" + agency, period);
            }
            double setupS = (System.nanoTime() - start) / 1e9;

            // The first compute of a fresh JVM runs mostly interpreted (scoring, JSON, COPY encoding not compiled yet);
            // a platform computes many periods per start, so it is reported as a note, not as the figure.
            // C2 keeps compiling through more than the first compute of a fresh JVM (after one warm-up the measured
            // runs still fell from 4.7 to 2.5 s), so the first WARMUPS computes, and one peer statement to warm
            // PostgreSQL's caches alike, are not counted; each is reported.
            double[] warmups = new double[WARMUPS];
            for (int w = 0; w < WARMUPS; w++) {
                clearResults(dataSource, agency);
                long cold = System.nanoTime();
                assessments.computePeriod(agency, period).orElseThrow();
                warmups[w] = (System.nanoTime() - cold) / 1e6;
            }
            peer(dataSource, agency, period);
            double[] ours = new double[RUNS];
            double[] peer = new double[RUNS];
            double[][] oursCpu = new double[2][RUNS];
            double[][] peerCpu = new double[2][RUNS];
            Map<String, Integer> peerBoxes = Map.of();
            for (int run = 0; run < RUNS; run++) {
                clearResults(dataSource, agency);
                CpuClock cpu = CpuClock.now();
                long t = System.nanoTime();
                int computed = assessments.computePeriod(agency, period).orElseThrow();
                ours[run] = (System.nanoTime() - t) / 1e6;
                cpu(oursCpu, run, cpu);
                if (computed != active) {
                    throw new IllegalStateException("Computed " + computed + " results for " + active + " employees");
                }
                cpu = CpuClock.now();
                t = System.nanoTime();
                peerBoxes = peer(dataSource, agency, period);
                peer[run] = (System.nanoTime() - t) / 1e6;
                cpu(peerCpu, run, cpu);
            }
            CpuClock noopCpu = CpuClock.now();
            long t = System.nanoTime();
            int unchanged = assessments.computePeriod(agency, period).orElseThrow();
            double noopMs = (System.nanoTime() - t) / 1e6;
            String noopCpuUsed = CpuClock.now().since(noopCpu);
            t = System.nanoTime();
            var map = talentMaps.talentMap(agency, period);
            double readMs = (System.nanoTime() - t) / 1e6;
            SecurityContextHolder.clearContext();

            int mismatches = mismatches(dataSource, agency, period, peerBoxes);
            if (mismatches > 0 || unchanged != 0) {
                throw new IllegalStateException(
                        mismatches + " boxes differ from the SQL peer; a recompute changed " + unchanged + " results");
            }
            double oursMs = median(ours);
            double peerMs = median(peer);
            report.againstLimit(
                    "compute the talent map of " + active + " employees (median of " + RUNS + " after " + WARMUPS
                            + " warm-ups)",
                    oursMs,
                    "ms",
                    3000);
            report.againstLimit(
                    "compute time as a multiple of one set-based SQL statement (limit 3x)", oursMs / peerMs, "x", 3);
            report.againstPeer(
                    "compute the talent map of " + active + " employees",
                    oursMs,
                    "ms",
                    "one SQL statement computing the same boxes, same run",
                    peerMs);
            report.againstLimit("recompute with nothing changed (no new versions)", noopMs, "ms", 3000);
            report.againstLimit(
                    "read the map (box counts and " + map.members().size() + " members)", readMs, "ms", 1000);
            report.note(
                    "Data: " + active + " active employees from the demo generator (units, positions with competency"
                            + " standards, histories) plus SKP, competency levels, potential, field fit and three peers' 360"
                            + " feedback per employee, generated set-based; setup took " + Math.round(setupS) + " s.");
            report.note("Warm-up computes in this JVM (JIT, not counted): " + java.util.Arrays.toString(round(warmups))
                    + " ms.");
            report.note(
                    "Ours: AssessmentService.computePeriod in chunks of 5000, one transaction each, as many at once as"
                            + " the machine has cores (" + Runtime.getRuntime().availableProcessors()
                            + ") (load inputs and histories, score with"
                            + " the rubric in force, compare digests with the latest versions read once, COPY every changed"
                            + " result with its explanation as a new version). Runs: " + Arrays.toString(round(ours))
                            + " ms. Peer: SELECT of performance, potential"
                            + " and box for every employee, national default rubric written into the SQL, nothing stored. Runs: "
                            + Arrays.toString(round(peer)) + " ms. Boxes compared employee by employee: 0 differ.");
            report.note(String.format(
                    java.util.Locale.ROOT,
                    "CPU time per run (medians): ours JVM %.1f s + PostgreSQL %.1f s,"
                            + " peer JVM %.1f s + PostgreSQL %.1f s (machine: %d cores). CPU seconds move less than wall time on"
                            + " this shared host and say where the time goes. The recompute with nothing changed (reads and"
                            + " scoring, nothing written): %s.",
                    median(oursCpu[0]),
                    median(oursCpu[1]),
                    median(peerCpu[0]),
                    median(peerCpu[1]),
                    Runtime.getRuntime().availableProcessors(),
                    noopCpuUsed));
            report.note("Box counts: "
                    + map.boxes().stream().map(b -> b.box() + ":" + b.count()).toList() + ", not mapped: "
                    + map.notMapped() + ".");
        }
    }

    private static void cpu(double[][] into, int run, CpuClock before) {
        CpuClock after = CpuClock.now();
        into[0][run] = after.jvmSeconds(before);
        into[1][run] = after.postgresSeconds(before);
    }

    static void clearResults(DataSource dataSource, String agency) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE t_" + agency + ".talent_result");
            s.execute("VACUUM ANALYZE t_" + agency + ".talent_result");
        }
    }

    static Map<String, Integer> peer(DataSource dataSource, String agency, long period)
            throws SQLException, IOException {
        String sql;
        try (InputStream in = TalentMapBenchmark.class.getResourceAsStream("/bench/talent-map-peer.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Integer> boxes = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO t_" + agency);
            }
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, period);
                p.setObject(2, AS_OF);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int box = rs.getInt("box");
                        boxes.put(rs.getString("nip"), rs.wasNull() ? 0 : box);
                    }
                }
            }
        }
        return boxes;
    }

    static int mismatches(DataSource dataSource, String agency, long period, Map<String, Integer> peer)
            throws SQLException {
        int differ = 0;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT ON (nip) nip, coalesce(box, 0) FROM t_" + agency
                        + ".talent_result WHERE period_id = " + period + " ORDER BY nip, version DESC")) {
            int seen = 0;
            while (rs.next()) {
                seen++;
                if (!Integer.valueOf(rs.getInt(2)).equals(peer.get(rs.getString(1)))) {
                    differ++;
                }
            }
            return differ + Math.abs(peer.size() - seen);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
