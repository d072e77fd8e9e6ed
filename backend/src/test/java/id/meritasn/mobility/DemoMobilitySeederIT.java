package id.meritasn.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.DemoData;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class DemoMobilitySeederIT extends PlatformIntegrationTest {

    @Autowired
    DemoMobilitySeeder seeder;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_quarter_of_the_demo_employees_consent_once_but_the_demo_account_s_employee() {
        String key = UniqueKeys.next("demo_mob");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(
                        key,
                        "Instansi " + key,
                        TenantKind.KOTA,
                        "Bali",
                        null,
                        Map.of(MobilityParticipation.POLICY, true)),
                "test"));
        DemoData.fill(context, key, 400, LocalDate.of(2026, 12, 1), 7);
        String schema = "t_" + key;
        List<String> active = jdbc.queryForList(
                "SELECT nip FROM " + schema + ".employee WHERE status = 'ACTIVE'" + " ORDER BY nip", String.class);

        int seeded = SystemActor.callForAgency(key, () -> seeder.seed(key));

        List<String> consenting = jdbc.queryForList("SELECT nip FROM " + schema + ".mobility_consent", String.class);
        assertThat(consenting).hasSize(seeded);
        assertThat(seeded).isBetween(active.size() / 8, active.size() / 2);
        assertThat(consenting)
                .doesNotContain(active.getFirst())
                .allSatisfy(nip -> assertThat(active).contains(nip));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM " + schema + ".mobility_consent_log WHERE action = 'GIVEN'"
                                + " AND actor = ?",
                        Integer.class,
                        DemoMobilitySeeder.ACTOR))
                .isEqualTo(seeded);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM " + schema + ".mobility_outbox WHERE nip IS NULL"
                                + " AND reason = 'REBUILD'",
                        Integer.class))
                .isPositive();

        // a restart (or an agency where people consented themselves) is left as it is
        assertThat(SystemActor.callForAgency(key, () -> seeder.seed(key))).isZero();
        assertThat(jdbc.queryForList("SELECT nip FROM " + schema + ".mobility_consent", String.class))
                .containsExactlyInAnyOrderElementsOf(consenting);
    }
}
