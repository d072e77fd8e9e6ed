package id.meritasn.assessment;

import static id.meritasn.assessment.TalentFixture.NIP;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.Inboxes;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The inbox follows the assessment cycle of one agency, each count against the data it comes from: inputs missing
 * and units to declare (the completeness report), a colleague to rate (the rater's own task list), a move to agree
 * (another member's pending move, not the proposer's own), a calibrated map to publish. Roles that do not act on a
 * task do not get it.
 */
class AssessmentInboxIT extends PlatformIntegrationTest {

    static final String RATER = "199202022016031001";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> units(HttpGraphQlTester who, String period) {
        return who
                .document("{ unitDeclarations(periodId: " + period + ") { unitCode notMapped status } }")
                .execute()
                .path("unitDeclarations")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    @Test
    void each_role_finds_what_the_assessment_cycle_waits_for_in_its_inbox() {
        TalentFixture fixture = TalentFixture.provision(graphQl, provisioning, "inb");
        String period = fixture.period;
        HttpGraphQlTester admin = fixture.as("admin", "tenant-admin");
        HttpGraphQlTester assessor = fixture.as("penilai", "assessor");

        // nothing entered yet: what is missing is what the completeness report counts
        List<Map<String, Object>> units = units(admin, period);
        int notMapped =
                units.stream().mapToInt(u -> (Integer) u.get("notMapped")).sum();
        assertThat(Inboxes.waiting(assessor, "INPUTS_MISSING")).isPositive().isEqualTo(notMapped);
        assertThat(Inboxes.waiting(admin, "DECLARE_UNITS")).isPositive().isEqualTo((int)
                units.stream().filter(u -> u.get("status").equals("UNDECLARED")).count());
        assertThat(Inboxes.waiting(assessor, "DECLARE_UNITS"))
                .as("the tenant admin declares")
                .isZero();
        assertThat(Inboxes.task(assessor, "INPUTS_MISSING")).containsEntry("link", "/kelengkapan");

        // a colleague asked to rate Andi has it to do until they answer
        admin.document("mutation { createEmployee(input: {nip: \"" + RATER + "\", name: \"Rekan Penilai\", golongan:"
                        + " \"III/a\", golonganTmt: \"2020-04-01\", unitCode: \"SETDA\"}) { employee { nip } } }")
                .execute();
        admin.document("mutation { addFeedbackRater(input: "
                        + fixture.input("rater: \"" + RATER + "\", group: PEER," + " reason: \"Rekan satu bagian\"")
                        + ") { errors { rule } } }")
                .execute()
                .path("addFeedbackRater.errors")
                .entityList(Object.class)
                .hasSize(0);
        HttpGraphQlTester rater = fixture.employeeWithNip(RATER);
        List<Object> unanswered = rater.document("{ myFeedbackTasks(periodId: " + period + ") { nip score } }")
                .execute()
                .path("myFeedbackTasks[?(@.score == null)]")
                .entityList(Object.class)
                .get();
        assertThat(Inboxes.waiting(rater, "RATE_COLLEAGUES")).isEqualTo(1).isEqualTo(unanswered.size());
        rater.document("mutation { recordFeedback(input: " + fixture.input("score: 4") + ") { recorded } }")
                .execute()
                .path("recordFeedback.recorded")
                .entity(Boolean.class)
                .isEqualTo(true);
        assertThat(Inboxes.waiting(rater, "RATE_COLLEAGUES")).isZero();

        // calibration: a move into the succession group waits for another member, not for its proposer
        fixture.completeInputs();
        HttpGraphQlTester komite1 = fixture.as("komite1", "talent-committee");
        HttpGraphQlTester komite2 = fixture.as("komite2", "talent-committee");
        komite1.document("mutation { startCalibration(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("startCalibration.period.status")
                .entity(String.class)
                .isEqualTo("CALIBRATING");
        String session = komite1.document("mutation { createCommitteeSession(input: {title: \"Kalibrasi\", heldOn:"
                        + " \"2026-12-01\", quorum: 2, members: [{username: \"komite1\", name: \"Ketua\", role: CHAIR},"
                        + " {username: \"komite2\", name: \"Anggota\", role: MEMBER}]}) { session { id } } }")
                .execute()
                .path("createCommitteeSession.session.id")
                .entity(String.class)
                .get();
        String move = komite1.document("mutation { moveToBox(input: {periodId: " + period + ", sessionId: " + session
                        + ", nip: \"" + NIP + "\", box: 8, reason: \"Belum cukup bukti kepemimpinan lintas unit\"})"
                        + " { move { id status } } }")
                .execute()
                .path("moveToBox.move.id")
                .entity(String.class)
                .get();
        assertThat(Inboxes.waiting(komite2, "AGREE_CALIBRATION_MOVES")).isEqualTo(1);
        assertThat(Inboxes.waiting(komite1, "AGREE_CALIBRATION_MOVES"))
                .as("not their own move")
                .isZero();
        assertThat(Inboxes.waiting(admin, "AGREE_CALIBRATION_MOVES")).isZero();
        komite2.document("mutation { agreeToMove(input: {moveId: " + move + ", sessionId: " + session + "})"
                        + " { move { status } } }")
                .execute()
                .path("agreeToMove.move.status")
                .entity(String.class)
                .isEqualTo("AGREED");
        assertThat(Inboxes.waiting(komite2, "AGREE_CALIBRATION_MOVES")).isZero();

        komite1.document("mutation { closeCalibration(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("closeCalibration.period.status")
                .entity(String.class)
                .isEqualTo("CALIBRATED");
        assertThat(Inboxes.task(admin, "PUBLISH_PERIOD"))
                .containsEntry("count", 1)
                .containsEntry("link", "/peta-talenta");
        assertThat(Inboxes.waiting(komite1, "PUBLISH_PERIOD")).isZero();
        assertThat(Inboxes.tasks(fixture.employeeWithNip(NIP)))
                .as("the employee has no operator's task")
                .noneMatch(t -> t.get("kind").toString().matches("INPUTS_MISSING|DECLARE_UNITS|PUBLISH_PERIOD"));
    }
}
