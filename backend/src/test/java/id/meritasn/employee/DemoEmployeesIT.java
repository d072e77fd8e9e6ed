package id.meritasn.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class DemoEmployeesIT extends PlatformIntegrationTest {

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantDatabase tenants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoEmployeeGenerator generator;

    String generate(long seed, boolean ministry, int employees) {
        String key = UniqueKeys.next("demo");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(key, "Demo " + key, TenantKind.KOTA, "Bali", null, Map.of()), "test"));
        transactions.executeWithoutResult(s -> generator.generate(
                tenants.enter(TenantId.of(key)),
                DemoEmployeeGenerator.plan(ministry, employees),
                LocalDate.of(2026, 11, 25),
                seed));
        return key;
    }

    @Test
    void the_generator_is_deterministic_and_every_nip_is_valid_and_consistent_with_the_database() {
        String a = generate(42, false, 600);
        String b = generate(42, false, 600);

        List<String> nipsA = jdbc.queryForList("SELECT nip FROM t_" + a + ".employee ORDER BY nip", String.class);
        assertThat(nipsA)
                .hasSize(600)
                .isEqualTo(jdbc.queryForList("SELECT nip FROM t_" + b + ".employee ORDER BY nip", String.class));
        assertThat(nipsA)
                .allSatisfy(nip -> assertThat(Nip.check(nip, YearMonth.of(2026, 11)))
                        .as(nip)
                        .isNull());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM t_" + a + ".employee WHERE gender <> substr(nip, 15, 1)"
                                + " OR birth_date <> to_date(substr(nip, 1, 8), 'YYYYMMDD')",
                        Integer.class))
                .isZero();
    }

    @Test
    void a_ministry_gets_golongan_ii_to_iv_mostly_iii_positions_with_standards_and_histories() {
        String key = generate(7, true, 1500);

        Map<String, Object> byGroup = jdbc.queryForMap("SELECT count(*) FILTER (WHERE golongan LIKE 'I/%') AS i,"
                + " count(*) FILTER (WHERE golongan LIKE 'II/%') AS ii, count(*) FILTER (WHERE golongan LIKE 'III/%') AS iii,"
                + " count(*) FILTER (WHERE golongan LIKE 'IV/%') AS iv FROM t_" + key + ".employee");
        assertThat((Long) byGroup.get("i")).isZero();
        assertThat((Long) byGroup.get("iii"))
                .isGreaterThan((Long) byGroup.get("ii"))
                .isGreaterThan((Long) byGroup.get("iv"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM t_" + key + ".jabatan j WHERE NOT EXISTS (SELECT 1 FROM t_" + key
                                + ".competency_standard s WHERE s.jabatan_id = j.id)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT nip) FROM t_" + key + ".rank_history", Integer.class))
                .isEqualTo(1500);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + key + ".employee_audit", Integer.class))
                .isEqualTo(1500);
        assertThat(jdbc.queryForObject(
                        "SELECT min(extract(year FROM age(appointment_month, birth_date))) FROM t_" + key + ".employee",
                        Double.class))
                .isGreaterThanOrEqualTo(18);
    }
}
