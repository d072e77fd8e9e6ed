package id.meritasn.tenancy;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.db.Shards;
import id.meritasn.shared.error.ClassifiedException;
import id.meritasn.shared.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * One agency out to one file and back: its schema's tables, its registry row, and its rows in the platform's shared
 * tables (audit trail, national talent index), as CSV written by PostgreSQL's COPY in a ZIP with a manifest, streamed
 * both ways. A restore provisions the agency as provisioning does (schema at this platform's version, Keycloak
 * organization) and copies the archive in, in the same transaction: it is complete or absent. The members of the
 * agency's Keycloak organization go out by user name and are added back (their accounts are Keycloak's to back up).
 * Mobility requests are not in it: they belong to two agencies.
 */
@Service
public class AgencyArchive {

    public static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    static final String COUNTS = "counts.json";
    static final String MEMBERS = "identity/members.json";

    public record Manifest(
            int format,
            String key,
            String displayName,
            String kind,
            String region,
            @Nullable String parentKey,
            String status,
            String schemaVersion,
            Instant createdAt,
            Instant exportedAt,
            List<Entry> entries) {}

    /**
     * The agency's members in the identity server (user names), when the platform manages it ({@code included});
     * the accounts themselves are in the identity server's own backup.
     */
    public record Members(boolean included, List<String> usernames) {}

    /** A file of the archive: which table it fills and with which columns. */
    public record Entry(String file, String table, List<String> columns) {}

    /** Why an archive cannot be restored: not an archive, damaged, or of another format. */
    public static class ArchiveInvalid extends ClassifiedException {
        ArchiveInvalid(String message) {
            super(Kind.BAD_REQUEST, message);
        }
    }

    /** Platform rows that belong to the agency, by the column that names it (the id column is not copied). */
    static final Map<String, String> PLATFORM_TABLES =
            Map.of("audit_event", "tenant_key", "mobility_agency", "agency", "mobility_index", "agency");

    private final TenantRegistryRepository registry;
    private final DataSource dataSource;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ObjectProvider<AgencyMembership> membership;

    AgencyArchive(
            TenantRegistryRepository registry,
            DataSource dataSource,
            AuditLog audit,
            ObjectMapper json,
            Clock clock,
            ObjectProvider<AgencyMembership> membership) {
        this.membership = membership;
        this.registry = registry;
        this.dataSource = dataSource;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes the agency's archive to {@code out} from one consistent snapshot (repeatable read) and records the export
     * in the audit trail; returns its manifest.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public Manifest export(String key, OutputStream out, String actor) {
        Tenant tenant = registry.find(TenantId.of(key).key()).orElseThrow(() -> new TenantNotFoundException(key));
        if (!Shards.DEFAULT.equals(tenant.shardId())) {
            throw new ArchiveInvalid("Agency '" + key + "' lives on shard '" + tenant.shardId() + "'; archives are"
                    + " made of agencies on the default server only so far.");
        }
        try {
            Connection connection = connection();
            List<Entry> entries = new ArrayList<>();
            for (ArchiveTables.Table table : ArchiveTables.of(connection, tenant.schemaName())) {
                entries.add(new Entry("tenant/" + table.name() + ".csv", table.name(), table.columns()));
            }
            for (ArchiveTables.Table table : ArchiveTables.of(connection, "platform")) {
                if (PLATFORM_TABLES.containsKey(table.name())) {
                    entries.add(new Entry(
                            "platform/" + table.name() + ".csv",
                            table.name(),
                            table.columns().stream()
                                    .filter(c -> !c.equals("id"))
                                    .toList()));
                }
            }
            Manifest manifest = new Manifest(
                    FORMAT,
                    tenant.key(),
                    tenant.displayName(),
                    tenant.kind().name(),
                    tenant.region(),
                    tenant.parentKey(),
                    tenant.status().name(),
                    tenant.schemaVersion(),
                    tenant.createdAt().toInstant(),
                    clock.instant(),
                    entries);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(json.writeValueAsBytes(manifest));
            Map<String, Long> counts = new HashMap<>();
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.file()));
                counts.put(
                        entry.file(),
                        copy.copyOut(
                                "COPY (" + select(tenant, entry) + ") TO STDOUT (FORMAT csv, HEADER)",
                                new OpenStreams.Unclosed(zip)));
            }
            AgencyMembership members = membership.getIfAvailable();
            zip.putNextEntry(new ZipEntry(MEMBERS));
            zip.write(json.writeValueAsBytes(
                    members == null
                            ? new Members(false, List.of())
                            : new Members(true, members.members(tenant.key()))));
            zip.putNextEntry(new ZipEntry(COUNTS));
            zip.write(json.writeValueAsBytes(counts));
            zip.finish();
            // taking an agency's whole data out is an act an auditor asks about: who, when, how much
            audit.record(
                    actor,
                    "tenant.exported",
                    tenant.key(),
                    Map.of(
                            "files",
                            entries.size(),
                            "rows",
                            counts.values().stream().mapToLong(Long::longValue).sum()));
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("Exporting agency '" + key + "' failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String select(Tenant tenant, Entry entry) {
        String columns = ArchiveTables.quoted(entry.columns());
        if (entry.file().startsWith("tenant/")) {
            return "SELECT " + columns + " FROM " + tenant.schemaName() + ".\"" + entry.table() + "\"";
        }
        // the key passed TenantId's rules (lowercase letters, digits, '_'), so it is safe as a literal
        return "SELECT " + columns + " FROM platform.\"" + entry.table() + "\" WHERE "
                + PLATFORM_TABLES.get(entry.table()) + " = '" + tenant.key() + "'"
                + (entry.table().equals("audit_event") ? " ORDER BY id" : "");
    }

    private Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
    }
}
