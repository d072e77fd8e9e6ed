package id.meritasn.tenancy;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.db.ShardTransactions;
import id.meritasn.shared.security.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings tenant schemas to the current changelog version. Schemas already current are skipped by one registry query,
 * without starting Liquibase. Each outdated schema upgrades in its own transaction with its registry row locked, so
 * two instances upgrading at once do the work once, and one failing schema does not stop the others.
 */
@Service
public class TenantSchemaUpgradeService {

    private static final Logger log = LoggerFactory.getLogger(TenantSchemaUpgradeService.class);

    private final TenantRegistryRepository registry;
    private final TenantSchemaMigrator migrator;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final AuditLog audit;
    private final TenantDatabase tenants;
    private final ShardTransactions shardTransactions;

    TenantSchemaUpgradeService(
            TenantRegistryRepository registry,
            TenantSchemaMigrator migrator,
            TransactionTemplate transactions,
            DataSource dataSource,
            AuditLog audit,
            TenantDatabase tenants,
            ShardTransactions shardTransactions) {
        this.tenants = tenants;
        this.shardTransactions = shardTransactions;
        this.registry = registry;
        this.migrator = migrator;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** What an upgrade run did. {@code failed} maps a tenant key to the reason its schema stayed behind. */
    public record UpgradeReport(
            String targetVersion, int tenantsChecked, List<String> upgraded, Map<String, String> failed, long millis) {}

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public UpgradeReport upgrade(@Nullable Collection<String> onlyKeys, String actor) {
        long start = System.nanoTime();
        String target = migrator.changelog().version();
        int checked = transactions.execute(status -> onlyKeys == null ? registry.count() : onlyKeys.size());
        List<String> behind = transactions.execute(status -> registry.keysNotAtVersion(target, onlyKeys));
        List<String> upgraded = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (String key : behind) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> upgradeOne(key, target, actor)))) {
                    upgraded.add(key);
                }
            } catch (RuntimeException e) {
                log.error("Upgrade of tenant {} failed", key, e);
                failed.put(key, e.getMessage());
            }
        }
        return new UpgradeReport(target, checked, upgraded, failed, (System.nanoTime() - start) / 1_000_000);
    }

    private boolean upgradeOne(String key, String target, String actor) {
        String current = registry.lockVersion(key).orElse(target);
        if (current.equals(target)) {
            return false; // another instance got there first
        }
        // an agency on another server upgrades in a transaction there, committed before its registry row here
        TenantId id = TenantId.of(key);
        shardTransactions.run(tenants.shardOf(id), "Agency '" + key + "'", () -> {
            migrator.migrate(DataSourceUtils.getConnection(dataSource), id);
            return null;
        });
        registry.setVersion(key, target);
        audit.record(actor, "tenant.schema-upgraded", key, Map.of("from", current, "to", target));
        return true;
    }
}
