package id.meritasn.mobility;

import static id.meritasn.mobility.SqlValues.count;

import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.CompletenessService;
import id.meritasn.shared.checkpoint.Checkpoints.Gate;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.ScriptedCheckpoints;
import id.meritasn.tenancy.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The index update lag of {@link MobilityIndexBenchmark}: a new period published through the services while the
 * indexer runs, and the commit time of each entry it rewrote.
 */
final class PublicationLag {

    private PublicationLag() {}

    /**
     * Publishes a new period of the agency through the services with the indexer running; returns each entry's lag in
     * seconds (from the publish commit until the commit that made the entry with the new period visible). Needs
     * track_commit_timestamp on the server (ScaleDatabase sets it; an external server must too).
     */
    static Lag publishAndWait(
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
}
