package id.meritasn.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tables of one tenant schema as an archive needs them: every base table but Liquibase's own, parents before the
 * tables that reference them, each with the columns to copy (generated columns are computed again on restore) and its
 * identity column, whose sequence a restore moves past the copied values.
 */
final class ArchiveTables {

    record Table(String name, List<String> columns, List<String> identityColumns) {}

    /** Column names as a quoted SQL list, for COPY in both directions. */
    static String quoted(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> '"' + c + '"').toList());
    }

    private ArchiveTables() {}

    static List<Table> of(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<String>> identity = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.table_name, c.column_name, c.is_identity FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = ? AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
                  AND c.table_name NOT LIKE 'databasechangelog%'
                ORDER BY c.table_name, c.ordinal_position""")) {
            query.setString(1, schema);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                            .add(rows.getString(2));
                    if ("YES".equals(rows.getString(3))) {
                        identity.computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
                                .add(rows.getString(2));
                    }
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace JOIN pg_namespace pn ON pn.oid = parent.relnamespace
                WHERE k.contype = 'f' AND n.nspname = ? AND pn.nspname = ? AND child.oid <> parent.oid""")) {
            query.setString(1, schema);
            query.setString(2, schema);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    parents.computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>())
                            .add(rows.getString(2));
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        columns.keySet().forEach(table -> visit(table, parents, ordered, new LinkedHashSet<>()));
        return ordered.stream()
                .map(t -> new Table(t, Objects.requireNonNull(columns.get(t)), identity.getOrDefault(t, List.of())))
                .toList();
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> ordered, Set<String> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return; // done, or a cycle between tables (none today): the order of the first visit stands
        }
        parents.getOrDefault(table, Set.of()).forEach(parent -> visit(parent, parents, ordered, path));
        ordered.add(table);
    }
}
