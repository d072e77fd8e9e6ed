package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.audit.AuditLog;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Liquibase keeps JVM-wide caches that have silently skipped schemas in other multi-tenant projects. This provisions
 * 20 tenants in one JVM, then releases a changeset and upgrades: every schema must have every table and column.
 */
@WithMockUser(username = "operator", roles = "PLATFORM_ADMIN")
class TenantSchemaUpgradeIT extends PlatformIntegrationTest {

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantRegistryRepository registry;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantDatabase tenants;

    @Autowired
    id.meritasn.shared.db.ShardTransactions shardTransactions;

    @Test
    void a_new_changeset_reaches_all_20_schemas_and_a_second_run_skips_them_without_liquibase() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = UniqueKeys.next("upg");
            provisioning.provision(TenantProvisioningIT.command(key), "operator");
            keys.add(key);
        }
        CountingMigrator next = new CountingMigrator("db/tenant-changelog-next.yaml");
        var upgrader = new TenantSchemaUpgradeService(
                registry, next, transactions, dataSource, audit, tenants, shardTransactions);

        var first = upgrader.upgrade(keys, "operator");

        assertThat(first.failed()).isEmpty();
        assertThat(first.upgraded()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(first.targetVersion())
                .isEqualTo(next.changelog().version())
                .isNotEqualTo(TenantChangelog.load(
                                TenantChangelog.DEFAULT_PATH, getClass().getClassLoader())
                        .version());
        for (String key : keys) {
            String schema = "t_" + key;
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? "
                                    + "AND table_name = 'upgrade_probe'",
                            Integer.class,
                            schema))
                    .as(schema)
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM information_schema.columns WHERE table_schema = ? "
                                    + "AND table_name = 'tenant_policy' AND column_name = 'upgrade_probe_note'",
                            Integer.class,
                            schema))
                    .as(schema)
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "SELECT schema_version FROM platform.tenant WHERE key = ?", String.class, key))
                    .isEqualTo(first.targetVersion());
        }
        assertThat(next.runs.get()).isEqualTo(20);

        var second = upgrader.upgrade(keys, "operator");

        assertThat(second.upgraded()).isEmpty();
        assertThat(second.failed()).isEmpty();
        assertThat(next.runs.get())
                .as("Liquibase started again for current schemas")
                .isEqualTo(20);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM platform.audit_event WHERE tenant_key = ? ORDER BY id",
                        String.class,
                        keys.getFirst()))
                .containsExactly("tenant.provisioned", "tenant.schema-upgraded");
    }

    @Test
    void a_schema_that_fails_to_upgrade_stays_at_its_version_and_the_others_still_upgrade() {
        String broken = UniqueKeys.next("upgbroken");
        String healthy = UniqueKeys.next("upghealthy");
        provisioning.provision(TenantProvisioningIT.command(broken), "operator");
        provisioning.provision(TenantProvisioningIT.command(healthy), "operator");
        // The new changeset creates upgrade_probe; a table of that name already there makes it fail for this schema.
        jdbc.execute("CREATE TABLE t_" + broken + ".upgrade_probe (x int)");
        String versionBefore =
                jdbc.queryForObject("SELECT schema_version FROM platform.tenant WHERE key = ?", String.class, broken);
        var upgrader = new TenantSchemaUpgradeService(
                registry,
                new CountingMigrator("db/tenant-changelog-next.yaml"),
                transactions,
                dataSource,
                audit,
                tenants,
                shardTransactions);

        var report = upgrader.upgrade(List.of(broken, healthy), "operator");

        assertThat(report.upgraded()).containsExactly(healthy);
        assertThat(report.failed()).containsOnlyKeys(broken);
        assertThat(report.failed().get(broken)).contains("t_" + broken);
        assertThat(jdbc.queryForObject(
                        "SELECT schema_version FROM platform.tenant WHERE key = ?", String.class, broken))
                .isEqualTo(versionBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.columns WHERE table_schema = ? "
                                + "AND column_name = 'upgrade_probe_note'",
                        Integer.class,
                        "t_" + broken))
                .as("the failed schema's partial changes rolled back")
                .isZero();
    }

    /** The real migrator with the next changelog, counting how often Liquibase is started. */
    static final class CountingMigrator extends TenantSchemaMigrator {
        final AtomicInteger runs = new AtomicInteger();

        CountingMigrator(String changelog) {
            super(
                    TenantChangelog.load(changelog, CountingMigrator.class.getClassLoader()),
                    CountingMigrator.class.getClassLoader());
        }

        @Override
        void migrate(Connection transactional, TenantId tenant) {
            runs.incrementAndGet();
            super.migrate(transactional, tenant);
        }
    }
}
