package id.meritasn.mobility;

import static id.meritasn.mobility.SearchMixes.SEARCH_RUNS;
import static id.meritasn.mobility.SearchMixes.SEARCH_WARM_UPS;
import static id.meritasn.mobility.SqlValues.count;

import id.meritasn.bench.Benchmark;
import id.meritasn.bench.BenchmarkApp;
import id.meritasn.bench.BenchmarkReport;
import id.meritasn.mobility.PublicationLag.Lag;
import id.meritasn.national.GeneratedData;
import id.meritasn.national.Scale;
import id.meritasn.national.ScaleDatabase;
import id.meritasn.shared.checkpoint.Checkpoints.Gate;
import id.meritasn.support.ScriptedCheckpoints;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 7's figures on the national data set ({@code ops/generate national} first): the national talent index of every
 * consenting employee of 600 agencies, search p95 through {@link MobilitySearchService} for typical filter mixes, and
 * the lag until a 60,000-employee agency's newly published period is in the index.
 *
 * <p>The index is filled with one INSERT ... SELECT per agency (the indexer's rebuild, set-based), and the outbox rows
 * that provisioning and publishing left are marked processed. The same agency rebuilt by the real indexer must give
 * the same entries: the run checks it on the smallest agency and fails otherwise. The lag is measured on the real path:
 * a new period of the largest agency is computed, calibrated and published through the services, and the running
 * indexer picks it up from the outbox.
 */
public class MobilityIndexBenchmark implements Benchmark {

    static final int LAG_WARM_UPS = Integer.getInteger("meritasn.bench.lag-warm-ups", 2);
    static final int LAG_RUNS = Integer.getInteger("meritasn.bench.lag-runs", 2);

    @Override
    public void run(BenchmarkReport report) throws Exception {
        Scale scale = Scale.valueOf(
                System.getProperty("meritasn.bench.scale", "national").toUpperCase(Locale.ROOT));
        ScaleDatabase.Coordinates db = ScaleDatabase.start(scale);
        List<GeneratedData.Agency> agencies = GeneratedData.agencies(db, scale);
        // held until the lag measurement: a pass running beside the set-based fill would fight it for the same rows
        ScriptedCheckpoints indexer = new ScriptedCheckpoints(EnumSet.allOf(Gate.class));
        try (ConfigurableApplicationContext context =
                BenchmarkApp.startOn(indexer, db.url(), db.username(), db.password())) {
            DataSource dataSource = context.getBean(DataSource.class);

            long start = System.nanoTime();
            long entries = 0;
            int filled = 0;
            for (GeneratedData.Agency agency : agencies) {
                entries += IndexFill.fill(dataSource, agency.key());
                if (++filled % 50 == 0) {
                    System.out.printf(
                            "index: %d/%d agencies, %,d entries, %.0f s%n",
                            filled, agencies.size(), entries, (System.nanoTime() - start) / 1e9);
                }
            }
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE platform.mobility_index");
            }
            double fillS = (System.nanoTime() - start) / 1e9;
            long indexed = count(dataSource, "SELECT count(*) FROM platform.mobility_index");
            String smallest = agencies.getLast().key();
            double realRate = IndexFill.sameAsRealIndexer(context, dataSource, smallest);

            GeneratedData.Agency largest = agencies.getFirst();
            String searcher = agencies.get(1).key();
            String targetPosition = "K.U1"; // the head of the searching agency's first directorate: a JPT Pratama post
            Map<String, double[]> searches = SearchMixes.searches(context, searcher, targetPosition);

            // The first publications are the first large rebuilds in this JVM: the JIT compiles the indexer's code
            // while they run (JFR: the compiler threads took as much CPU as the rebuild in the first two), so they are
            // reported apart, as the talent map's first compute is; the figures pool the lags of the ones after.
            List<Lag> warmUps = new ArrayList<>();
            for (int i = 0; i < LAG_WARM_UPS; i++) {
                warmUps.add(PublicationLag.publishAndWait(context, dataSource, largest.key(), indexer));
            }
            List<Lag> runs = new ArrayList<>();
            for (int i = 0; i < LAG_RUNS; i++) {
                runs.add(PublicationLag.publishAndWait(context, dataSource, largest.key(), indexer));
            }
            double[] lag = runs.stream()
                    .flatMapToDouble(r -> Arrays.stream(r.seconds()))
                    .toArray();

            report.atLeast("national index size (entries)", indexed / 1e6, "million", "target", 4.3);
            for (Map.Entry<String, double[]> mix : searches.entrySet()) {
                report.againstLimit(
                        "search p95: " + mix.getKey(), BenchmarkReport.percentile(mix.getValue(), 95), "ms", 50);
            }
            double[] all =
                    searches.values().stream().flatMapToDouble(Arrays::stream).toArray();
            report.againstLimit("search p95, all mixes together", BenchmarkReport.percentile(all, 95), "ms", 50);
            report.againstLimit(
                    "index update lag p50, publishing " + String.format(Locale.ROOT, "%,d", largest.employees())
                            + " employees",
                    BenchmarkReport.percentile(lag, 50),
                    "s",
                    5);
            report.againstLimit(
                    "index update lag p95, publishing " + String.format(Locale.ROOT, "%,d", largest.employees())
                            + " employees",
                    BenchmarkReport.percentile(lag, 95),
                    "s",
                    5);
            report.note(String.format(
                    Locale.ROOT,
                    "Index: %,d entries of %d agencies filled set-based in %.0f s in this run (one"
                            + " INSERT ... SELECT per agency, the indexer's rebuild in SQL); checked against the real indexer"
                            + " on %s: the same entries (it rebuilt them at %.0f entries/s).",
                    indexed,
                    agencies.size(),
                    fillS,
                    smallest,
                    realRate));
            report.note("Search: MobilitySearchService.search as a tenant admin of " + searcher + " (its own employees"
                    + " left out), first page of 20, " + SEARCH_RUNS + " runs per mix after " + SEARCH_WARM_UPS
                    + " warm-up runs, each run with"
                    + " other values (regions, boxes, ranks, names), in the same JVM (no HTTP).");
            report.note("Lag: a new period of " + largest.key() + " (its inputs copied from the latest published one,"
                    + " the integrity level of one employee in four changed: "
                    + String.format(Locale.ROOT, "%,d", runs.getLast().competenciesChanged())
                    + " competency inputs and, in the publications measured, "
                    + runs.stream().map(r -> String.valueOf(r.boxesChanged())).collect(Collectors.joining(" and "))
                    + " boxes changed), computed, calibrated and published through AssessmentService and"
                    + " CalibrationService; the lag of an entry is the time from the publish commit until the commit that"
                    + " wrote the entry with the new period (both from PostgreSQL's commit timestamps); the indexer's pass"
                    + " starts when the publish commits (its scheduled passes run every second as configured by default)."
                    + " The figures pool the entries of " + LAG_RUNS + " publications after " + LAG_WARM_UPS
                    + " not counted (JIT warm-up). p50 / p95 of each: warm-up " + describe(warmUps) + "; measured "
                    + describe(runs) + ".");
        }
    }

    private static String describe(List<Lag> lags) {
        return lags.stream()
                .map(l -> String.format(
                        Locale.ROOT,
                        "%.1f / %.1f s",
                        BenchmarkReport.percentile(l.seconds(), 50),
                        BenchmarkReport.percentile(l.seconds(), 95)))
                .collect(Collectors.joining(", "));
    }
}
