package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.Inboxes;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assessment cycle's hand-offs write their notices in the step's transaction, once: the last unit declared tells
 * the committee calibration can start (and its inbox says so), closing calibration tells the tenant admins the map
 * waits to be published, publishing tells every employee. Declaring again tells nobody twice.
 */
class AssessmentNoticesIT extends PlatformIntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    JdbcTemplate jdbc;

    List<Map<String, Object>> outbox(String agency) {
        return jdbc.queryForList("SELECT kind, audience, target, args::text AS args FROM t_" + agency
                + ".notification_outbox ORDER BY id");
    }

    @Test
    void each_hand_off_of_the_cycle_tells_the_next_actor_once() {
        TalentFixture fixture = TalentFixture.provision(graphQl, provisioning, "ntc");
        HttpGraphQlTester admin = fixture.as("admin", "tenant-admin");
        HttpGraphQlTester committee = fixture.as("komite", "talent-committee");
        fixture.completeInputs();
        List<String> units = AssessmentInboxIT.units(admin, fixture.period).stream()
                .map(u -> (String) u.get("unitCode"))
                .toList();
        assertThat(Inboxes.waiting(committee, "START_CALIBRATION"))
                .as("units still open")
                .isZero();
        assertThat(outbox(fixture.agency)).isEmpty();

        // all but the last unit: nobody is told yet; the last one: the committee, once
        for (int i = 0; i < units.size(); i++) {
            admin.document("mutation { declareUnitsComplete(input: {periodId: " + fixture.period + ", unitCodes: [\""
                            + units.get(i) + "\"]}) { errors { rule } } }")
                    .execute()
                    .path("declareUnitsComplete.errors")
                    .entityList(Object.class)
                    .hasSize(0);
            assertThat(outbox(fixture.agency)).hasSize(i == units.size() - 1 ? 1 : 0);
        }
        admin.document("mutation { declareUnitsComplete(input: {periodId: " + fixture.period + ", unitCodes: [\""
                        + units.getFirst() + "\"]}) { errors { rule } } }")
                .execute();
        assertThat(outbox(fixture.agency))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("kind", "CALIBRATION_READY")
                        .containsEntry("audience", "ROLE")
                        .containsEntry("target", "TALENT_COMMITTEE"));
        assertThat(Inboxes.task(committee, "START_CALIBRATION"))
                .containsEntry("count", 1)
                .containsEntry("link", "/peta-talenta");

        committee
                .document("mutation { startCalibration(input: {periodId: " + fixture.period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("startCalibration.period.status")
                .entity(String.class)
                .isEqualTo("CALIBRATING");
        assertThat(Inboxes.waiting(committee, "START_CALIBRATION")).isZero();
        committee
                .document("mutation { closeCalibration(input: {periodId: " + fixture.period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("closeCalibration.period.status")
                .entity(String.class)
                .isEqualTo("CALIBRATED");
        assertThat(outbox(fixture.agency))
                .hasSize(2)
                .last()
                .satisfies(row -> assertThat(row)
                        .containsEntry("kind", "MAP_TO_PUBLISH")
                        .containsEntry("target", "TENANT_ADMIN"));
        admin.document("mutation { publishAssessmentPeriod(input: {periodId: " + fixture.period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("publishAssessmentPeriod.period.status")
                .entity(String.class)
                .isEqualTo("PUBLISHED");
        assertThat(outbox(fixture.agency))
                .hasSize(3)
                .last()
                .satisfies(row -> assertThat(row)
                        .containsEntry("kind", "RESULT_PUBLISHED")
                        .containsEntry("audience", "EMPLOYEES"));
    }
}
