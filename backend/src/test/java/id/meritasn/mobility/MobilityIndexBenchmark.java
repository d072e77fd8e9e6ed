package id.meritasn.mobility;

import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.CompletenessService;
import id.meritasn.bench.Benchmark;
import id.meritasn.bench.BenchmarkApp;
import id.meritasn.bench.BenchmarkReport;
import id.meritasn.mobility.MobilityRecords.CompetencyMinimum;
import id.meritasn.mobility.MobilityRecords.SearchFilter;
import id.meritasn.mobility.MobilityRecords.Target;
import id.meritasn.mobility.MobilityTenantRepository.Reason;
import id.meritasn.national.GeneratedData;
import id.meritasn.national.Scale;
import id.meritasn.national.ScaleDatabase;
import id.meritasn.shared.checkpoint.Checkpoints.Gate;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.ScriptedCheckpoints;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

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

    /** A p95 of 20 runs rests on the slowest one or two; 50 runs after 10 warm-up runs (JIT) vary less between runs. */
    static final int SEARCH_RUNS = Integer.getInteger("meritasn.bench.search-runs", 50);

    static final int SEARCH_WARM_UPS = Integer.getInteger("meritasn.bench.search-warm-ups", 10);
    static final int LAG_WARM_UPS = Integer.getInteger("meritasn.bench.lag-warm-ups", 2);
    static final int LAG_RUNS = Integer.getInteger("meritasn.bench.lag-runs", 2);
    static final String FIELDS = "agency, nip, name, agency_name, region, golongan, rank_order, position_name,"
            + " position_kind, position_level, period_name, box, score_band, competencies, education_level,"
            + " education_field, wanted_kinds, wanted_regions, available_from";

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
                entries += fill(dataSource, agency.key());
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
            double realRate = sameAsRealIndexer(context, dataSource, smallest);

            GeneratedData.Agency largest = agencies.getFirst();
            String searcher = agencies.get(1).key();
            String targetPosition = "K.U1"; // the head of the searching agency's first directorate: a JPT Pratama post
            Map<String, double[]> searches = searches(context, searcher, targetPosition);

            // The first publications are the first large rebuilds in this JVM: the JIT compiles the indexer's code
            // while they run (JFR: the compiler threads took as much CPU as the rebuild in the first two), so they are
            // reported apart, as the talent map's first compute is; the figures pool the lags of the ones after.
            List<Lag> warmUps = new ArrayList<>();
            for (int i = 0; i < LAG_WARM_UPS; i++) {
                warmUps.add(publishAndWait(context, dataSource, largest.key(), indexer));
            }
            List<Lag> runs = new ArrayList<>();
            for (int i = 0; i < LAG_RUNS; i++) {
                runs.add(publishAndWait(context, dataSource, largest.key(), indexer));
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

    /** The indexer's rebuild of one agency in SQL: consenting active employees as the agency's data says now. */
    static long fill(DataSource dataSource, String key) throws SQLException {
        String t = TenantId.of(key).schemaName();
        long indexed = count(dataSource, "SELECT count(*) FROM platform.mobility_index WHERE agency = '" + key + "'");
        if (indexed == count(dataSource, "SELECT count(*) FROM " + t + ".mobility_consent")
                && count(dataSource, "SELECT count(*) FROM " + t + ".mobility_outbox WHERE processed_at IS NULL")
                        == 0) {
            return indexed; // filled by an earlier run, nothing pending since
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit = off");
                s.execute("DELETE FROM platform.mobility_index WHERE agency = '" + key + "'");
                int rows = s.executeUpdate("INSERT INTO platform.mobility_index (" + FIELDS + ") SELECT '" + key + "',"
                        + " e.nip, concat_ws(' ', nullif(e.front_title, ''), e.name) || coalesce(', ' || nullif(e.back_title, ''), ''),"
                        + " tn.display_name, tn.region, e.golongan, g.rank_order, j.name, l.kind, j.level, p.name,"
                        + " CASE WHEN r.mapped THEN coalesce(m.to_box, r.box) END,"
                        + " CASE WHEN NOT r.mapped OR r.potential IS NULL OR r.performance IS NULL THEN NULL"
                        + " WHEN (r.potential + r.performance) / 2 >= 80 THEN 'HIGH'"
                        + " WHEN (r.potential + r.performance) / 2 >= 60 THEN 'MIDDLE' ELSE 'LOW' END,"
                        + " CASE WHEN p.id IS NULL THEN '{}' ELSE coalesce(ci.payload, '{}') END, ed.level, ed.field,"
                        + " coalesce(a.position_kinds, '{}'), coalesce(a.regions, '{}'), a.earliest_date"
                        + " FROM " + t + ".employee e JOIN " + t + ".mobility_consent mc ON mc.nip = e.nip"
                        + " JOIN platform.golongan g ON g.code = e.golongan JOIN platform.tenant tn ON tn.key = '" + key
                        + "'"
                        + " LEFT JOIN " + t + ".jabatan j ON j.id = e.jabatan_id"
                        + " LEFT JOIN platform.jabatan_level l ON l.code = j.level"
                        + " LEFT JOIN LATERAL (SELECT id, name FROM " + t
                        + ".assessment_period WHERE status = 'PUBLISHED'"
                        + " ORDER BY as_of DESC LIMIT 1) p ON true"
                        + " LEFT JOIN LATERAL (SELECT mapped, box, potential, performance FROM " + t
                        + ".talent_result x"
                        + " WHERE x.period_id = p.id AND x.nip = e.nip ORDER BY version DESC LIMIT 1) r ON true"
                        + " LEFT JOIN LATERAL (SELECT to_box FROM " + t + ".calibration_move x WHERE x.period_id = p.id"
                        + " AND x.nip = e.nip ORDER BY id DESC LIMIT 1) m ON true"
                        + " LEFT JOIN " + t + ".assessment_input ci ON ci.period_id = p.id AND ci.nip = e.nip"
                        + " AND ci.kind = 'COMPETENCY'"
                        + " LEFT JOIN LATERAL (SELECT h.level, h.field FROM " + t + ".education_history h JOIN"
                        + " platform.education_level el ON el.code = h.level WHERE h.nip = e.nip ORDER BY el.rank_order DESC"
                        + " LIMIT 1) ed ON true"
                        + " LEFT JOIN " + t + ".mobility_aspiration a ON a.nip = e.nip"
                        + " WHERE e.status = 'ACTIVE'");
                s.executeUpdate("UPDATE " + t + ".mobility_outbox SET processed_at = now() WHERE processed_at IS NULL");
                c.commit();
                return rows;
            }
        }
    }

    /** Rebuilds one agency with the real indexer and compares every entry with the set-based fill; returns entries/s. */
    private static double sameAsRealIndexer(ConfigurableApplicationContext context, DataSource dataSource, String key)
            throws SQLException {
        String snapshot = "SELECT md5(string_agg(row(" + FIELDS
                + ")::text, '|' ORDER BY nip)) FROM platform.mobility_index" + " WHERE agency = '" + key + "'";
        String bulk = string(dataSource, snapshot);
        long entries = count(dataSource, "SELECT count(*) FROM platform.mobility_index WHERE agency = '" + key + "'");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM platform.mobility_index WHERE agency = '" + key + "'");
        }
        MobilityTenantRepository outbox = context.getBean(MobilityTenantRepository.class);
        TenantDatabase tenants = context.getBean(TenantDatabase.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(s -> outbox.enqueue(tenants.enter(TenantId.of(key)), null, Reason.REBUILD));
        long start = System.nanoTime();
        context.getBean(MobilityIndexer.class).drain(key);
        double seconds = (System.nanoTime() - start) / 1e9;
        String real = string(dataSource, snapshot);
        if (!real.equals(bulk)) {
            throw new IllegalStateException(
                    "The set-based fill of " + key + " differs from the real indexer's entries");
        }
        return entries / seconds;
    }

    /** Typical filter mixes, each run with other values so no single plan or cache decides the figure. */
    private static Map<String, double[]> searches(
            ConfigurableApplicationContext context, String agency, String position) {
        MobilitySearchService search = context.getBean(MobilitySearchService.class);
        String[] regions = Scale.NATIONAL.plan(2026, "").stream()
                .map(a -> a.region())
                .distinct()
                .toArray(String[]::new);
        String[] names = {"Siregar", "Wijaya", "Dewi", "Hidayat", "Rahayu", "Putri", "Ginting", "Lubis"};
        Map<String, Function<Integer, SearchFilter>> mixes = new java.util.LinkedHashMap<>();
        mixes.put(
                "rank range and boxes 7-9",
                i -> filter(
                        i % 2 == 0 ? "III/a" : "III/c",
                        "IV/b",
                        List.of(),
                        List.of(7, 8, 9),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null));
        mixes.put(
                "kind of position, education S2 and a region",
                i -> filter(
                        null,
                        null,
                        List.of("FUNGSIONAL_KEAHLIAN"),
                        List.of(),
                        List.of(),
                        List.of("S2"),
                        List.of(regions[i % regions.length]),
                        null,
                        null));
        mixes.put(
                "willing to move to a region, box 8 or 9",
                i -> filter(
                        null,
                        null,
                        List.of(),
                        List.of(8, 9),
                        List.of(),
                        List.of(),
                        List.of(),
                        regions[i % regions.length],
                        null));
        mixes.put(
                "text on name",
                i -> filter(
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        names[i % names.length]));
        mixes.put(
                "minimum competency levels and a box",
                i -> filter(
                        null,
                        null,
                        List.of(),
                        List.of(8 + i % 2),
                        List.of(new CompetencyMinimum("integritas", 4), new CompetencyMinimum("kerja_sama", 3 + i % 2)),
                        List.of(),
                        List.of(),
                        null,
                        null));
        Map<String, double[]> timings = new java.util.LinkedHashMap<>();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken("bench", null, "ROLE_TENANT_ADMIN", "AGENCY_" + agency));
        try {
            for (Map.Entry<String, Function<Integer, SearchFilter>> mix : mixes.entrySet()) {
                timings.put(
                        mix.getKey(),
                        time(i -> search.search(agency, mix.getValue().apply(i), null, null, 21)));
            }
            timings.put(
                    "ranked by JPM against a JPT Pratama standard, rank IV/a or above",
                    time(i -> search.search(
                            agency,
                            filter("IV/a", null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null),
                            new Target(position, List.of()),
                            null,
                            21)));
            timings.put(
                    "ranked by JPM, boxes 7-9 in a region",
                    time(i -> search.search(
                            agency,
                            filter(
                                    null,
                                    null,
                                    List.of(),
                                    List.of(7, 8, 9),
                                    List.of(),
                                    List.of(),
                                    List.of(regions[i % regions.length]),
                                    null,
                                    null),
                            new Target(position, List.of()),
                            null,
                            21)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return timings;
    }

    private static SearchFilter filter(
            String rankMin,
            String rankMax,
            List<String> kinds,
            List<Integer> boxes,
            List<CompetencyMinimum> minimums,
            List<String> education,
            List<String> regions,
            String willing,
            String text) {
        return new SearchFilter(
                rankMin, rankMax, kinds, List.of(), boxes, minimums, education, null, regions, willing, text,
                List.of());
    }

    private static double[] time(Function<Integer, List<?>> search) {
        for (int i = 0; i < SEARCH_WARM_UPS; i++) {
            search.apply(1000 + i);
        }
        double[] ms = new double[SEARCH_RUNS];
        for (int i = 0; i < SEARCH_RUNS; i++) {
            long start = System.nanoTime();
            search.apply(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    /**
     * Publishes a new period of the agency through the services with the indexer running; returns each entry's lag in
     * seconds (from the publish commit until the commit that made the entry with the new period visible). Needs
     * track_commit_timestamp on the server (ScaleDatabase sets it; an external server must too).
     */
    private static Lag publishAndWait(
            ConfigurableApplicationContext context, DataSource dataSource, String key, ScriptedCheckpoints indexer)
            throws Exception {
        String t = TenantId.of(key).schemaName();
        String name = "Pemetaan Talenta uji " + Long.toHexString(System.currentTimeMillis());
        long period;
        int changed;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("INSERT INTO " + t + ".assessment_period (name, as_of) VALUES ('" + name
                    + "', (SELECT max(as_of) + 1 FROM " + t + ".assessment_period)) RETURNING id")) {
                rs.next();
                period = rs.getLong(1);
            }
            // the inputs of the latest published period: each publication changes one in four against the one before
            long source = count(
                    c,
                    "SELECT id FROM " + t + ".assessment_period WHERE status = 'PUBLISHED' ORDER BY as_of DESC"
                            + " LIMIT 1");
            s.executeUpdate("INSERT INTO " + t
                    + ".assessment_input (period_id, nip, kind, payload, evidence, entered_by)"
                    + " SELECT " + period + ", nip, kind, payload, evidence, entered_by FROM " + t + ".assessment_input"
                    + " WHERE period_id = " + source);
            s.executeUpdate("INSERT INTO " + t + ".feedback_360 (period_id, nip, rater_ref, rater_group, score) SELECT "
                    + period + ", nip, rater_ref, rater_group, score FROM " + t + ".feedback_360 WHERE period_id = "
                    + source);
            // A year later some people were assessed differently: one in four has another integrity level, so their
            // competencies (and some boxes) change and their entries rewrite every index, not only the period's name.
            changed =
                    s.executeUpdate("UPDATE " + t + ".assessment_input SET payload = jsonb_set(payload, '{integritas}',"
                            + " to_jsonb(CASE WHEN (payload ->> 'integritas')::int >= 5 THEN 4"
                            + " ELSE coalesce((payload ->> 'integritas')::int, 0) + 1 END)) WHERE period_id = " + period
                            + " AND kind = 'COMPETENCY' AND abs(hashtext(nip)) % 4 = 0");
            c.commit();
        }
        Map<String, Integer> boxesBefore = boxes(dataSource, key);
        long consenting = count(dataSource, "SELECT count(*) FROM " + t + ".mobility_consent");
        SystemActor.callForAgency(key, () -> {
            context.getBean(AssessmentService.class).computePeriod(key, period).orElseThrow();
            context.getBean(CompletenessService.class).declareAll(key, period, "bench");
            context.getBean(CalibrationService.class)
                    .startCalibration(key, period)
                    .orElseThrow();
            return context.getBean(CalibrationService.class)
                    .closeCalibration(key, period)
                    .orElseThrow();
        });
        indexer.open(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        Thread.sleep(3000); // the first passes refresh participation and find empty outboxes
        SystemActor.callForAgency(
                key,
                () -> context.getBean(CalibrationService.class)
                        .publish(key, period)
                        .orElseThrow());
        // Waiting reads only the outbox (its pending rows, through a partial index): polling the index itself (a count
        // over the agency's 60,000 entries every 100 ms, 60 ms each) took a third of a core from the indexer.
        long deadline = System.nanoTime() + 15L * 60 * 1_000_000_000L;
        while (count(dataSource, "SELECT count(*) FROM " + t + ".mobility_outbox WHERE processed_at IS NULL") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The published period of " + key + " was not indexed in 15 minutes");
            }
            Thread.sleep(200);
        }
        indexer.close(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        // An entry is visible from the commit of the transaction that wrote it: its lag is that commit's time less the
        // publish commit's (the last to write the period's row, setting it PUBLISHED; the outbox row it wrote is
        // rewritten when the indexer marks it), both from track_commit_timestamp.
        List<Double> lags = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement committed =
                        c.prepareStatement("SELECT extract(epoch FROM pg_xact_commit_timestamp(m.xmin)"
                                + " - (SELECT pg_xact_commit_timestamp(p.xmin) FROM " + t
                                + ".assessment_period p WHERE p.id = "
                                + period + ")) FROM platform.mobility_index m WHERE m.agency = ?"
                                + " AND m.period_name = ? ORDER BY 1")) {
            committed.setString(1, key);
            committed.setString(2, name);
            try (ResultSet rs = committed.executeQuery()) {
                while (rs.next()) {
                    lags.add(rs.getDouble(1));
                }
            }
        }
        if (lags.size() < consenting) {
            throw new IllegalStateException(
                    "Only " + lags.size() + " of " + consenting + " entries have the new period");
        }
        Map<String, Integer> boxesAfter = boxes(dataSource, key);
        long boxesChanged = boxesAfter.entrySet().stream()
                .filter(e -> !Objects.equals(e.getValue(), boxesBefore.get(e.getKey())))
                .count();
        System.out.printf("lag: %d entries, last after %.1f s%n", lags.size(), lags.getLast());
        return new Lag(lags.stream().mapToDouble(Double::doubleValue).toArray(), changed, boxesChanged);
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

    /** Each entry's lag in seconds; how many employees' competency inputs changed, and how many entries' boxes. */
    record Lag(double[] seconds, int competenciesChanged, long boxesChanged) {}

    /** The box of every entry of the agency (null: not mapped), by NIP. */
    private static Map<String, Integer> boxes(DataSource dataSource, String key) throws SQLException {
        Map<String, Integer> boxes = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement read =
                        c.prepareStatement("SELECT nip, box FROM platform.mobility_index WHERE agency = ?")) {
            read.setString(1, key);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    boxes.put(rs.getString(1), (Integer) rs.getObject(2));
                }
            }
        }
        return boxes;
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return String.valueOf(rs.getString(1));
        }
    }
}
