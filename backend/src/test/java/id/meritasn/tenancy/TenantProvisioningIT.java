package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.support.FaultInjectingProvisioningStep;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "operator", roles = "PLATFORM_ADMIN")
class TenantProvisioningIT extends PlatformIntegrationTest {

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantSchemaMigrator migrator;

    @Autowired
    FaultInjectingProvisioningStep.Recording faults;

    @Autowired
    JdbcTemplate jdbc;

    static ProvisionTenantCommand command(String key) {
        return new ProvisionTenantCommand(
                key,
                "Pemerintah Kabupaten Uji",
                TenantKind.KABUPATEN,
                "Jawa Barat",
                null,
                Map.of("succession.slateSize", 5));
    }

    @Test
    void provisioning_creates_the_schema_with_every_tenant_table_the_registry_row_and_the_policies() {
        String key = UniqueKeys.next("prov");

        var outcome = provisioning.provision(command(key), "operator");

        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        Tenant tenant = outcome.orElseThrow(problems -> new IllegalStateException(problems.toString()));
        assertThat(tenant.schemaName()).isEqualTo("t_" + key);
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.schemaVersion()).isEqualTo(migrator.changelog().version());
        assertThat(tenant.shardId()).isEqualTo("primary");
        assertThat(tablesOf("t_" + key)).containsAll(templateTables()).contains("databasechangelog", "tenant_policy");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + key + ".databasechangelog", Integer.class))
                .isEqualTo(migrator.changelog().changeSetIds().size());
        assertThat(jdbc.queryForObject(
                        "SELECT value::text FROM t_" + key + ".tenant_policy WHERE name = ?",
                        String.class,
                        "succession.slateSize"))
                .isEqualTo("5");
        assertThat(jdbc.queryForList("SELECT action FROM platform.audit_event WHERE tenant_key = ?", String.class, key))
                .containsExactly("tenant.provisioned");
    }

    @Test
    void provisioning_an_existing_key_is_refused_and_leaves_the_existing_tenant_untouched() {
        String key = UniqueKeys.next("dup");
        provisioning.provision(command(key), "operator");
        jdbc.update("INSERT INTO t_" + key + ".tenant_policy (name, value) VALUES ('kept', '1')");
        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM platform.tenant WHERE key = ?", key);

        var again = provisioning.provision(
                new ProvisionTenantCommand(key, "Nama Lain", TenantKind.KOTA, "Bali", null, Map.of()), "operator");

        assertThat(again).isInstanceOf(Outcome.Refused.class);
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProvisioningProblem.Code.ALREADY_EXISTS);
            assertThat(p.message()).contains(key).contains("already exists");
        });
        assertThat(jdbc.queryForMap("SELECT * FROM platform.tenant WHERE key = ?", key))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM t_" + key + ".tenant_policy WHERE name = 'kept'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void every_problem_of_a_bad_request_is_reported_and_nothing_is_written() {
        int tenantsBefore = jdbc.queryForObject("SELECT count(*) FROM platform.tenant", Integer.class);

        var outcome = provisioning.provision(
                new ProvisionTenantCommand("kota-X", " ", TenantKind.KOTA, "", "tidak_ada", Map.of("bad name!", 1)),
                "operator");

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(outcome.problems())
                .extracting(ProvisioningProblem::field, ProvisioningProblem::keyRule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("key", TenantKeyRule.CHARACTERS),
                        org.assertj.core.groups.Tuple.tuple("displayName", null),
                        org.assertj.core.groups.Tuple.tuple("region", null),
                        org.assertj.core.groups.Tuple.tuple("parentKey", null),
                        org.assertj.core.groups.Tuple.tuple("policy", null));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant", Integer.class))
                .isEqualTo(tenantsBefore);
    }

    @Test
    void a_failure_midway_leaves_nothing_behind_and_compensates_the_steps_already_applied() {
        String failing = UniqueKeys.next("gagal");
        assertThat(failing).startsWith(FaultInjectingProvisioningStep.FAILING_PREFIX);

        assertThatThrownBy(() -> provisioning.provision(command(failing), "operator"))
                .hasMessageContaining("Injected failure");

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                        Integer.class,
                        "t_" + failing))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, failing))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM platform.audit_event WHERE tenant_key = ?", Integer.class, failing))
                .isZero();
        assertThat(faults.compensated).contains(failing);

        // and the key is free to be provisioned once the cause is gone
        assertThat(provisioning.validate(command(failing))).isEmpty();
    }

    @Test
    void a_refusal_of_an_outside_system_is_a_typed_problem_and_leaves_nothing_behind() {
        String refused = UniqueKeys.next("tolak");
        assertThat(refused).startsWith(FaultInjectingProvisioningStep.REFUSED_PREFIX);

        var outcome = provisioning.provision(command(refused), "operator");

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("displayName");
            assertThat(p.message()).contains("exists already");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                        Integer.class,
                        "t_" + refused))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, refused))
                .isZero();
        assertThat(faults.compensated).contains(refused);
    }

    @Test
    @WithMockUser(username = "admin_kota", roles = "TENANT_ADMIN")
    void only_a_platform_admin_may_provision() {
        String key = UniqueKeys.next("deny");

        assertThatThrownBy(() -> provisioning.provision(command(key), "admin_kota"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, key))
                .isZero();
    }

    private List<String> tablesOf(String schema) {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", String.class, schema);
    }

    /** The tables the tenant changelog defines, as jOOQ saw them in the template schema at build time. */
    private static List<String> templateTables() {
        return id.meritasn.jooq.t_template.TTemplate.T_TEMPLATE.getTables().stream()
                .map(t -> t.getName())
                .toList();
    }
}
