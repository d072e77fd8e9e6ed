package id.meritasn.national;

import id.meritasn.tenancy.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The progress table of {@link NationalGenerator}, {@code public.meritasn_generator}: which agencies a run completed
 * (with their seed), and the leftovers of an agency an earlier run did not complete, dropped so it is made again.
 */
final class GeneratorProgress {

    private GeneratorProgress() {}

    /** The progress table; agencies recorded complete (with another seed is an error); leftovers dropped. */
    static Set<String> prepare(DataSource dataSource, List<AgencyPlan> plan, String scale) throws SQLException {
        Set<String> done = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE IF NOT EXISTS public.meritasn_generator (agency text PRIMARY KEY, scale text NOT NULL,"
                            + " seed bigint NOT NULL, employees int NOT NULL, completed_at timestamptz NOT NULL DEFAULT now())");
            Map<String, AgencyPlan> byKey = new java.util.HashMap<>();
            plan.forEach(a -> byKey.put(a.key(), a));
            try (ResultSet rs = s.executeQuery("SELECT agency, seed FROM public.meritasn_generator")) {
                while (rs.next()) {
                    AgencyPlan agency = byKey.get(rs.getString(1));
                    if (agency != null && agency.seed() != rs.getLong(2)) {
                        throw new IllegalStateException("Agency " + agency.key() + " was generated with another seed;"
                                + " use a fresh database for a new seed");
                    }
                    if (agency != null) {
                        done.add(agency.key());
                    }
                }
            }
            for (AgencyPlan agency : plan) {
                if (!done.contains(agency.key()) && registered(c, agency.key())) {
                    System.out.println(agency.key() + " was left incomplete by an earlier run: dropping it to redo it");
                    discard(c, agency.key());
                }
            }
        }
        return done;
    }

    private static boolean registered(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM platform.tenant WHERE key = ?")) {
            p.setString(1, key);
            return p.executeQuery().next();
        }
    }

    /**
     * Removes everything of an incomplete agency: its schema and its registry row (index rows cascade). The platform
     * running beside the generator (its mobility indexer draining the agency's outbox) may hold locks on the same
     * tables taken in another order; PostgreSQL then picks one side of the deadlock, and when it is this drop, the drop
     * is simply tried again.
     */
    private static void discard(Connection c, String key) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                dropOnce(c, key);
                return;
            } catch (SQLException e) {
                if (!"40P01".equals(e.getSQLState()) || attempt == 5) {
                    throw e;
                }
                System.out.println("Dropping " + key + " met a deadlock with the platform; trying again");
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void dropOnce(Connection c, String key) throws SQLException {
        String schema = TenantId.of(key).schemaName();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
                PreparedStatement p = c.prepareStatement("DELETE FROM platform.tenant WHERE key = ?")) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            p.setString(1, key);
            p.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Records the agency complete: the last step of its generation, after its period is published. */
    static void markComplete(DataSource dataSource, AgencyPlan agency, String scale) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO public.meritasn_generator (agency, scale, seed,"
                        + " employees) VALUES (?, ?, ?, ?)")) {
            p.setString(1, agency.key());
            p.setString(2, scale);
            p.setLong(3, agency.seed());
            p.setInt(4, agency.employees());
            p.executeUpdate();
        }
    }
}
