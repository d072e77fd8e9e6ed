package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.PlatformIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

class DemoAgenciesIT extends PlatformIntegrationTest {

    @Autowired
    TenantManifests manifests;

    @Autowired
    TenantSchemaUpgradeService upgrades;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantLifecycleService lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<DemoSeed> seeds;

    @Test
    void the_demo_seeds_are_the_features_and_run_in_the_order_their_data_builds_on() {
        // employees first (everything else reads them), rubrics before the periods computed with them, mobility
        // and succession on the computed periods; the Keycloak accounts' seed exists only with Keycloak's admin API
        assertThat(seeds)
                .extracting(seed -> AopUtils.getTargetClass(seed).getSimpleName())
                .containsExactly(
                        "DemoEmployeesSeeder",
                        "ManifestRubrics",
                        "DemoAssessmentSeeder",
                        "DemoMobilitySeeder",
                        "DemoMobilityRequestSeeder",
                        "DemoSuccessionSeeder");
    }

    @Test
    void the_five_seed_agencies_are_valid_manifests() {
        assertThat(manifests.load())
                .extracting(TenantManifest::key)
                .containsExactlyInAnyOrder("jakarta_pusat", "tangerang", "palangka_raya", "medan", "kemnaker");
        assertThat(manifests.load()).allSatisfy(m -> {
            assertThat(TenantKeyRules.check(m.key())).isEmpty();
            assertThat(m.organization()).isEqualTo(m.key());
        });
        assertThat(manifests.load())
                .filteredOn(m -> m.key().equals("kemnaker"))
                .singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(TenantKind.KEMENTERIAN));
        // every seed agency comes with demo employees, which the features' demo seeders fill from this list
        assertThat(manifests.withDemoEmployees())
                .extracting(TenantManifest::key)
                .containsExactlyInAnyOrderElementsOf(
                        manifests.load().stream().map(TenantManifest::key).toList())
                .allSatisfy(key -> assertThat(manifests.load().stream()
                                .filter(m -> m.key().equals(key))
                                .findFirst()
                                .orElseThrow()
                                .demoEmployees())
                        .isPositive());
    }

    @Test
    void seeding_on_start_provisions_them_once_and_a_restart_changes_nothing() {
        var startup = new TenantStartupTasks(
                new TenancyProperties(null, true, true), upgrades, provisioning, lifecycle, manifests);
        List<String> seeds = List.of("jakarta_pusat", "tangerang", "palangka_raya", "medan", "kemnaker");

        startup.run(new DefaultApplicationArguments());
        List<String> firstRun = jdbc.queryForList(
                "SELECT key || created_at FROM platform.tenant WHERE key IN "
                        + "('jakarta_pusat','tangerang','palangka_raya','medan','kemnaker') ORDER BY key",
                String.class);
        startup.run(new DefaultApplicationArguments());

        assertThat(firstRun).hasSize(5);
        assertThat(jdbc.queryForList(
                        "SELECT key || created_at FROM platform.tenant WHERE key IN "
                                + "('jakarta_pusat','tangerang','palangka_raya','medan','kemnaker') ORDER BY key",
                        String.class))
                .isEqualTo(firstRun);
        assertThat(jdbc.queryForObject("SELECT display_name FROM platform.tenant WHERE key = 'medan'", String.class))
                .isEqualTo("Pemerintah Kota Medan");
        assertThat(jdbc.queryForObject(
                        "SELECT value::text FROM t_jakarta_pusat.tenant_policy "
                                + "WHERE name = 'assessment.communityInput'",
                        String.class))
                .isEqualTo("true");
        assertThat(seeds)
                .allSatisfy(key -> assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM platform.audit_event WHERE tenant_key = ? AND actor = 'system'",
                                Integer.class,
                                key))
                        .isEqualTo(1));
    }
}
