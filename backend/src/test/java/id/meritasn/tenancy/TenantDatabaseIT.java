package id.meritasn.tenancy;

import static id.meritasn.jooq.t_template.Tables.TENANT_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@WithMockUser(username = "operator", roles = "PLATFORM_ADMIN")
class TenantDatabaseIT extends PlatformIntegrationTest {

    @Autowired
    TenantDatabase tenants;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantLifecycleService lifecycle;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DSLContext platformDsl;

    @Autowired
    JdbcTemplate jdbc;

    String a;
    String b;

    @BeforeEach
    void twoAgencies() {
        a = UniqueKeys.next("iso_a");
        b = UniqueKeys.next("iso_b");
        provisioning.provision(
                new ProvisionTenantCommand(a, "Agency A", TenantKind.KOTA, "Banten", null, Map.of("secret", "a-only")),
                "operator");
        provisioning.provision(
                new ProvisionTenantCommand(b, "Agency B", TenantKind.KOTA, "Banten", null, Map.of("secret", "b-only")),
                "operator");
    }

    @Test
    void each_tenant_context_reads_its_own_schema_only() {
        String seenByA = transactions.execute(s -> tenants.enter(TenantId.of(a))
                .select(TENANT_POLICY.VALUE)
                .from(TENANT_POLICY)
                .where(TENANT_POLICY.NAME.eq("secret"))
                .fetchOne(0, String.class));
        String seenByB = transactions.execute(s -> tenants.enter(TenantId.of(b))
                .select(TENANT_POLICY.VALUE)
                .from(TENANT_POLICY)
                .where(TENANT_POLICY.NAME.eq("secret"))
                .fetchOne(0, String.class));

        assertThat(seenByA).isEqualTo("\"a-only\"");
        assertThat(seenByB).isEqualTo("\"b-only\"");
    }

    @Test
    void a_query_that_forgets_the_tenant_mapping_fails_instead_of_reading_some_tenant() {
        assertThatThrownBy(() -> transactions.execute(s -> {
                    tenants.enter(TenantId.of(a));
                    return platformDsl.selectFrom(TENANT_POLICY).fetch(); // built on the unmapped context
                }))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("t_template");
    }

    @Test
    void search_path_is_set_for_the_transaction_only_and_never_leaks_to_the_pool() {
        String inside = transactions.execute(s -> {
            tenants.enter(TenantId.of(a));
            return jdbc.queryForObject("SHOW search_path", String.class);
        });
        String after = jdbc.queryForObject("SHOW search_path", String.class);

        assertThat(inside).isEqualTo("t_" + a);
        assertThat(after).doesNotContain(a);
    }

    @Test
    void tenant_data_is_reached_only_inside_a_transaction() {
        assertThatThrownBy(() -> tenants.enter(TenantId.of(a)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
    }

    @Test
    void an_unknown_tenant_is_not_found() {
        assertThatThrownBy(() -> transactions.execute(s -> tenants.enter(TenantId.of("tidak_terdaftar"))))
                .isInstanceOf(TenantNotFoundException.class)
                .hasMessageContaining("tidak_terdaftar");
    }

    @Test
    void a_suspended_tenant_can_be_neither_read_nor_written_until_resumed() {
        lifecycle.changeStatus(a, TenantStatus.SUSPENDED, "audit BPK", "operator");

        assertThatThrownBy(() ->
                        transactions.execute(s -> tenants.enter(TenantId.of(a)).fetchCount(TENANT_POLICY)))
                .isInstanceOf(TenantSuspendedException.class)
                .hasMessageContaining("suspended");
        assertThatThrownBy(() -> transactions.execute(s -> tenants.enter(TenantId.of(a))
                        .insertInto(TENANT_POLICY)
                        .set(TENANT_POLICY.NAME, "x")
                        .set(TENANT_POLICY.VALUE, org.jooq.JSONB.valueOf("1"))
                        .execute()))
                .isInstanceOf(TenantSuspendedException.class);
        // the other agency is unaffected
        Integer policiesOfB =
                transactions.execute(s -> tenants.enter(TenantId.of(b)).fetchCount(TENANT_POLICY));
        assertThat(policiesOfB).isPositive();

        lifecycle.changeStatus(a, TenantStatus.ACTIVE, "selesai", "operator");

        Integer policiesOfA =
                transactions.execute(s -> tenants.enter(TenantId.of(a)).fetchCount(TENANT_POLICY));
        assertThat(policiesOfA).isPositive();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM platform.audit_event WHERE tenant_key = ? ORDER BY id", String.class, a))
                .containsExactly("tenant.provisioned", "tenant.suspended", "tenant.resumed");
    }

    @Test
    void suspending_twice_is_reported_and_not_audited_twice() {
        lifecycle.changeStatus(b, TenantStatus.SUSPENDED, "first", "operator");

        var second = lifecycle.changeStatus(b, TenantStatus.SUSPENDED, "second", "operator");

        assertThat(second.problem()).contains("already suspended");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM platform.audit_event WHERE tenant_key = ? AND action = "
                                + "'tenant.suspended'",
                        Integer.class,
                        b))
                .isEqualTo(1);
        assertThat(lifecycle
                        .changeStatus("tidak_ada", TenantStatus.SUSPENDED, "x", "operator")
                        .problem())
                .contains("No agency");
    }
}
