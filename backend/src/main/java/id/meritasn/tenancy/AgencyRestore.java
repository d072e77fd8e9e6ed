package id.meritasn.tenancy;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Roles;
import id.meritasn.tenancy.AgencyArchive.ArchiveInvalid;
import id.meritasn.tenancy.AgencyArchive.Entry;
import id.meritasn.tenancy.AgencyArchive.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Brings an agency archive ({@link AgencyArchive}) back: provisions the agency at this platform's schema version in the
 * caller's transaction, empties what provisioning seeded, copies every file in and checks its row count against the
 * archive's own count, moves identity sequences past the copied ids and restores the registry's status and dates.
 * Any refusal or failure rolls everything back, the Keycloak organization included.
 */
@Service
public class AgencyRestore {

    private final TenantProvisioningService provisioning;
    private final TenantSchemaMigrator migrator;
    private final TenantRegistryRepository registry;
    private final DataSource dataSource;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final ObjectProvider<AgencyMembership> membership;

    AgencyRestore(
            TenantProvisioningService provisioning,
            TenantSchemaMigrator migrator,
            TenantRegistryRepository registry,
            DataSource dataSource,
            AuditLog audit,
            ObjectMapper json,
            ObjectProvider<AgencyMembership> membership) {
        this.membership = membership;
        this.provisioning = provisioning;
        this.migrator = migrator;
        this.registry = registry;
        this.dataSource = dataSource;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public Outcome<Tenant, ProvisioningProblem> restore(InputStream archive, String actor) {
        try {
            ZipInputStream zip = new ZipInputStream(archive);
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(AgencyArchive.MANIFEST)) {
                throw new ArchiveInvalid(
                        "Not an agency archive: the first file must be " + AgencyArchive.MANIFEST + ".");
            }
            Manifest manifest = json.readValue(zip.readAllBytes(), Manifest.class);
            if (manifest.format() != AgencyArchive.FORMAT) {
                throw new ArchiveInvalid(
                        "Archive format " + manifest.format() + " is not " + AgencyArchive.FORMAT + ".");
            }
            String version = migrator.changelog().version();
            if (!manifest.schemaVersion().equals(version)) {
                return Outcome.refused(List.of(ProvisioningProblem.field(
                        ProvisioningProblem.Code.FIELD_INVALID,
                        "schemaVersion",
                        "The archive's schema version is " + manifest.schemaVersion() + "; this platform"
                                + " is at " + version
                                + ". Restore it on a platform of the archive's release, or upgrade"
                                + " the agency there first and export it again.")));
            }
            String parent = manifest.parentKey() != null
                            && registry.find(manifest.parentKey()).isPresent()
                    ? manifest.parentKey()
                    : null;
            Outcome<Tenant, ProvisioningProblem> outcome = provisioning.provision(
                    new ProvisionTenantCommand(
                            manifest.key(),
                            manifest.displayName(),
                            TenantKind.valueOf(manifest.kind()),
                            manifest.region(),
                            parent,
                            Map.of()),
                    actor);
            if (!outcome.isDone()) {
                return outcome;
            }
            Restored restored = copyIn(zip, manifest);
            Map<String, Object> detail = new HashMap<>(Map.of(
                    "rows", restored.rows(), "exportedAt", manifest.exportedAt().toString()));
            detail.putAll(members(manifest.key(), restored.members()));
            audit.record(actor, "tenant.restored", manifest.key(), detail);
            return Outcome.done(registry.find(manifest.key()).orElseThrow());
        } catch (IOException e) {
            throw new ArchiveInvalid("The archive cannot be read: " + e.getMessage());
        } catch (SQLException e) {
            throw new ArchiveInvalid("The archive's data does not fit this platform: " + e.getMessage());
        }
    }

    private static void triggers(Connection connection, String schema, List<ArchiveTables.Table> tables, String how)
            throws SQLException {
        try (var statement = connection.createStatement()) {
            for (ArchiveTables.Table table : tables) {
                statement.execute("ALTER TABLE " + schema + ".\"" + table.name() + "\" " + how + " TRIGGER USER");
            }
        }
    }

    private record Restored(long rows, AgencyArchive.@Nullable Members members) {}

    /**
     * Adds the archive's members back to the agency's organization; says how many, and which user names the identity
     * server does not know (or that there is no identity server to add them to), for the audit trail.
     */
    private Map<String, Object> members(String agency, AgencyArchive.@Nullable Members members) {
        if (members == null || !members.included()) {
            return Map.of();
        }
        AgencyMembership identity = membership.getIfAvailable();
        if (identity == null) {
            return Map.of("membersNotRestored", members.usernames().size());
        }
        List<String> unknown = identity.restore(agency, members.usernames());
        return Map.of("members", members.usernames().size() - unknown.size(), "membersUnknown", unknown);
    }

    private Restored copyIn(ZipInputStream zip, Manifest manifest) throws IOException, SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String schema = TenantId.of(manifest.key()).schemaName();
        List<ArchiveTables.Table> tables = ArchiveTables.of(connection, schema);
        // the agency's own triggers (revision counters, outboxes) react to changes; the archive already holds their
        // outcome, so they are off while it is copied in (constraints stay on: tables are copied parents first)
        triggers(connection, schema, tables, "DISABLE");
        try (var statement = connection.createStatement()) {
            for (ArchiveTables.Table table : tables.reversed()) { // children first: what provisioning seeded goes
                statement.execute("DELETE FROM " + schema + ".\"" + table.name() + "\"");
            }
            for (var platform : AgencyArchive.PLATFORM_TABLES.entrySet()) {
                statement.execute("DELETE FROM platform.\"" + platform.getKey() + "\" WHERE " + platform.getValue()
                        + " = '" + manifest.key() + "'");
            }
        }
        Map<String, Entry> entries = new HashMap<>();
        manifest.entries().forEach(entry -> entries.put(entry.file(), entry));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> copied = new HashMap<>();
        Map<String, Long> counts = null;
        AgencyArchive.@Nullable Members members = null;
        for (ZipEntry file = zip.getNextEntry(); file != null; file = zip.getNextEntry()) {
            if (file.getName().equals(AgencyArchive.MEMBERS)) {
                members = json.readValue(zip.readAllBytes(), AgencyArchive.Members.class);
                continue;
            }
            if (file.getName().equals(AgencyArchive.COUNTS)) {
                counts = json.readValue(zip.readAllBytes(), new TypeReference<Map<String, Long>>() {});
                continue;
            }
            Entry entry = entries.get(file.getName());
            if (entry == null) {
                throw new ArchiveInvalid("The archive holds " + file.getName() + ", which its manifest does not list.");
            }
            String target = entry.file().startsWith("tenant/")
                    ? schema + ".\"" + entry.table() + "\""
                    : "platform.\"" + entry.table() + "\"";
            String columns = ArchiveTables.quoted(entry.columns());
            copied.put(
                    entry.file(),
                    copy.copyIn(
                            "COPY " + target + " (" + columns + ") FROM STDIN (FORMAT csv, HEADER)",
                            new OpenStreams.UnclosedInput(zip)));
        }
        triggers(connection, schema, tables, "ENABLE");
        if (counts == null || !counts.equals(copied)) {
            throw new ArchiveInvalid("The archive is incomplete or damaged: rows per file " + copied
                    + " differ from the archive's own count " + counts + "; nothing was restored.");
        }
        for (ArchiveTables.Table table : tables) {
            for (String column : table.identityColumns()) {
                try (PreparedStatement next = connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                        + " (SELECT coalesce(max(\"" + column + "\"), 0) + 1 FROM " + schema + ".\"" + table.name()
                        + "\"), false)")) {
                    next.setString(1, schema + ".\"" + table.name() + "\"");
                    next.setString(2, column);
                    next.execute();
                }
            }
        }
        try (PreparedStatement registryRow =
                connection.prepareStatement("UPDATE platform.tenant SET status = ?, created_at = ? WHERE key = ?")) {
            registryRow.setString(1, manifest.status().toLowerCase(Locale.ROOT));
            registryRow.setTimestamp(2, Timestamp.from(manifest.createdAt()));
            registryRow.setString(3, manifest.key());
            registryRow.executeUpdate();
        }
        return new Restored(copied.values().stream().mapToLong(Long::longValue).sum(), members);
    }
}
