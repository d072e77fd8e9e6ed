package id.meritasn.mobility;

import static id.meritasn.mobility.SqlValues.count;
import static id.meritasn.mobility.SqlValues.string;

import id.meritasn.mobility.MobilityTenantRepository.Reason;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national index filled set-based for {@link MobilityIndexBenchmark}: one INSERT ... SELECT per agency (the
 * indexer's rebuild in SQL), checked against the entries the real indexer makes of the same agency.
 */
final class IndexFill {

    static final String FIELDS = "agency, nip, name, agency_name, region, golongan, rank_order, position_name,"
            + " position_kind, position_level, period_name, box, score_band, competencies, education_level,"
            + " education_field, wanted_kinds, wanted_regions, available_from";

    private IndexFill() {}

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
    static double sameAsRealIndexer(ConfigurableApplicationContext context, DataSource dataSource, String key)
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
}
