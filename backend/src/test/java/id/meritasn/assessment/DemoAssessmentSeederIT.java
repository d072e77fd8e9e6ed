package id.meritasn.assessment;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo's maps, read back from what was stored: every mapped employee sits in the row their stored SKP predikat
 * names, in the published period and the open one, and everyone not mapped says why. No expected counts: the test
 * derives each employee's row from the same inputs the map was computed from.
 */
class DemoAssessmentSeederIT extends PlatformIntegrationTest {

    @Autowired
    DemoAssessmentSeeder seeder;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void every_mapped_demo_employee_sits_in_the_row_of_their_skp_predikat_and_the_others_say_why() {
        String key = UniqueKeys.next("demo_asm");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(key, "Instansi " + key, TenantKind.KOTA, "Bali", null, Map.of()), "test"));
        DemoData.fill(context, key, 300, LocalDate.of(2026, 12, 1), 11);
        String schema = "t_" + key;

        seeder.seedAgency(key);

        for (String period : List.of(DemoAssessmentSeeder.PUBLISHED_PERIOD, DemoAssessmentSeeder.PERIOD)) {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT r.nip, r.mapped, r.box, r.missing::text AS missing, i.payload::text AS skp
                    FROM %1$s.talent_result r
                    JOIN %1$s.assessment_period p ON p.id = r.period_id AND p.name = ?
                    LEFT JOIN %1$s.assessment_input i ON i.period_id = r.period_id AND i.nip = r.nip AND i.kind = 'SKP'
                    WHERE r.version = (SELECT max(version) FROM %1$s.talent_result x
                                       WHERE x.period_id = r.period_id AND x.nip = r.nip)""".formatted(schema), period);
            assertThat(rows).as(period).hasSizeGreaterThan(200);
            int mapped = 0;
            for (Map<String, Object> row : rows) {
                if (Boolean.TRUE.equals(row.get("mapped"))) {
                    mapped++;
                    JsonNode skp = json.readTree((String) row.get("skp"));
                    Skp.Predikat predikat = Skp.predikat(
                            Skp.Rating.valueOf(skp.path("hasilKerja").asString()),
                            Skp.Rating.valueOf(skp.path("perilakuKerja").asString()));
                    int box = ((Number) row.get("box")).intValue();
                    assertThat(box)
                            .as(row.get("nip") + " " + predikat)
                            .isIn(
                                    switch (predikat) {
                                        case SANGAT_BAIK -> List.of(4, 7, 9);
                                        case BAIK -> List.of(2, 5, 8);
                                        default -> List.of(1, 3, 6);
                                    });
                } else {
                    assertThat(json.readTree((String) row.get("missing")).size())
                            .as(row.get("nip") + " says why")
                            .isPositive();
                }
            }
            // most of the demo is mapped: missing evidence is the exception it is in an agency that keeps records
            assertThat(mapped).as(period).isGreaterThan(rows.size() * 3 / 4);
        }
    }
}
