package id.meritasn.faults;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a provisioning left: the agency complete (active registry row, schema, as many changesets as a reference agency
 * provisioned without a fault), nothing, or a part.
 */
enum ProvisioningState {
    COMPLETE,
    ABSENT,
    HALF;

    static ProvisioningState of(FaultWorld world, String key, String reference) throws SQLException {
        try (Connection connection = world.jdbc()) {
            String status = single(connection, "SELECT status FROM platform.tenant WHERE key = '" + key + "'");
            String schema = single(
                    connection,
                    "SELECT schema_name FROM information_schema.schemata WHERE schema_name = 't_" + key + "'");
            if (status == null && schema == null) {
                return ABSENT;
            }
            if (status == null || schema == null || !status.equalsIgnoreCase("ACTIVE")) {
                return HALF;
            }
            String changesets = single(
                    connection,
                    "SELECT (SELECT count(*) FROM t_" + key + ".databasechangelog)" + " = (SELECT count(*) FROM t_"
                            + reference + ".databasechangelog)");
            return "t".equals(changesets) ? COMPLETE : HALF;
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
