package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.AgencyPeople;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The 360 cannot be gamed: raters come from the organisation (or an operator with a reason), nobody rates themselves
 * or someone they were not assigned to, the group is the assignment's whatever the rater claims, and one rater's
 * second answer replaces the first.
 */
class FeedbackIT extends PlatformIntegrationTest {

    static final String KABAG = "197501012000031001";
    static final List<String> STAFF =
            List.of("198801012012031002", "198802012012031003", "198803012012031004", "198804012012031005");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    String agency;
    String period;

    AgencyPeople people;

    HttpGraphQlTester as(String role, String nip) {
        return people.as(role, nip);
    }

    @BeforeEach
    void bagian() {
        people = AgencyPeople.provision(graphQl, provisioning, "fb");
        agency = people.agency();
        HttpGraphQlTester admin = as("tenant-admin", null);
        admin.document("mutation { saveUnit(input: {code: \"UMUM\", name: \"Bagian Umum\"}) { unit { code } } }")
                .execute();
        for (String[] p : List.of(
                new String[] {"KABAG", "Kepala Bagian Umum", "ADMINISTRATOR"},
                new String[] {"PENGADM", "Pengadministrasi Umum", "PELAKSANA"})) {
            admin.document("mutation { savePosition(input: {code: \"" + p[0] + "\", name: \"" + p[1] + "\", level: \""
                            + p[2] + "\", unitCode: \"UMUM\", standard: []}) { position { code } } }")
                    .execute();
        }
        employee(admin, KABAG, "KABAG");
        STAFF.forEach(nip -> employee(admin, nip, "PENGADM"));
        period = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        admin.document("mutation { assignFeedbackRaters(input: {periodId: " + period + "}) { assigned } }")
                .execute()
                // each of 4 staff: the head and 3 peers; the head: 4 subordinates
                .path("assignFeedbackRaters.assigned")
                .entity(Integer.class)
                .isEqualTo(4 * 4 + 4);
    }

    void employee(HttpGraphQlTester admin, String nip, String position) {
        admin.document("mutation { createEmployee(input: {nip: \"" + nip + "\", name: \"Pegawai " + nip.substring(14)
                        + "\", golongan: \"III/a\", golonganTmt: \"2020-04-01\", positionCode: \"" + position
                        + "\"}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(nip);
    }

    String record(String rater, String ratee, String group, int score) {
        return as("employee", rater)
                .document("mutation { recordFeedback(input: {periodId: " + period + ", nip: \"" + ratee + "\", group: "
                        + group + ", score: " + score + "}) { recorded errors { rule message } } }")
                .execute()
                .path("recordFeedback.errors[*].rule")
                .entityList(String.class)
                .get()
                .stream()
                .findFirst()
                .orElse("RECORDED");
    }

    @Test
    void each_rater_sees_whom_to_rate_with_the_group_the_organisation_gives_them() {
        var tasks = as("employee", STAFF.get(0))
                .document("{ myFeedbackTasks(periodId: " + period + ") { nip name group score } }")
                .execute();
        tasks.path("myFeedbackTasks[?(@.group == 'SUBORDINATE')].nip")
                .entityList(String.class)
                .containsExactly(KABAG);
        assertThat(tasks.path("myFeedbackTasks[?(@.group == 'PEER')].nip")
                        .entityList(String.class)
                        .get())
                .containsExactlyInAnyOrderElementsOf(STAFF.subList(1, 4));
        assertThat(as("employee", KABAG)
                        .document("{ myFeedbackTasks(periodId: " + period + ") { nip group } }")
                        .execute()
                        .path("myFeedbackTasks[*].group")
                        .entityList(String.class)
                        .get())
                .containsOnly("SUPERIOR")
                .hasSize(4);
    }

    @Test
    void an_employee_of_another_agency_rates_nobody_here() {
        // the same NIP claimed by a member of the other agency: the period is looked up in the caller's agency only
        HttpGraphQlTester stranger =
                AgencyPeople.provision(graphQl, provisioning, "fb_other").as("employee", STAFF.get(0));
        stranger.document("mutation { recordFeedback(input: {periodId: " + period + ", nip: \"" + STAFF.get(1)
                        + "\", score: 5}) { recorded errors { rule } } }")
                .execute()
                .path("recordFeedback.errors[0].rule")
                .entity(String.class)
                .isEqualTo("NOT_OPEN");
        stranger.document("{ myFeedbackTasks(periodId: " + period + ") { nip } }")
                .execute()
                .path("myFeedbackTasks")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void nobody_rates_themselves_or_an_unassigned_colleague_and_a_claimed_group_changes_nothing() {
        assertThat(record(STAFF.get(0), STAFF.get(0), "SUPERIOR", 5)).isEqualTo("SELF");
        assertThat(record(STAFF.get(0), "199001012015031099", "PEER", 5)).isEqualTo("NOT_ASSIGNED");
        assertThat(record(STAFF.get(0), STAFF.get(1), "PEER", 9)).isEqualTo("SCORE_RANGE");

        // three peers of STAFF[1] claim to be their superiors: they still count as peers
        for (String peer : List.of(STAFF.get(0), STAFF.get(2), STAFF.get(3))) {
            assertThat(record(peer, STAFF.get(1), "SUPERIOR", 5)).isEqualTo("RECORDED");
        }
        // a second answer replaces the first: one answer per rater, ratee and period
        assertThat(record(STAFF.get(0), STAFF.get(1), "PEER", 2)).isEqualTo("RECORDED");
        HttpGraphQlTester admin = as("tenant-admin", null);
        String read = "{ talentResults(periodId: " + period + ", nip: \"" + STAFF.get(1)
                + "\") { explanation { indicator raw } } }";
        admin.document(read)
                .execute()
                .path("talentResults[0].explanation[?(@.indicator == 'FEEDBACK_360')].raw")
                .entityList(String.class)
                .containsExactly("4.00 of 5 ([PEER])");
        as("employee", STAFF.get(0))
                .document("{ myFeedbackTasks(periodId: " + period + ") { nip score } }")
                .execute()
                .path("myFeedbackTasks[?(@.nip == '" + STAFF.get(1) + "')].score")
                .entityList(Integer.class)
                .containsExactly(2);

        // an operator removes one with a reason: their answer stops counting and the group falls under three
        admin.document("mutation { removeFeedbackRater(input: {periodId: " + period + ", nip: \"" + STAFF.get(1)
                        + "\", rater: \"" + STAFF.get(0) + "\", reason: \"x\"}) { errors { rule } } }")
                .execute()
                .path("removeFeedbackRater.errors[0].rule")
                .entity(String.class)
                .isEqualTo("REASON_REQUIRED");
        admin.document("mutation { removeFeedbackRater(input: {periodId: " + period + ", nip: \"" + STAFF.get(1)
                        + "\", rater: \"" + STAFF.get(0)
                        + "\", reason: \"Berkonflik kepentingan dengan yang dinilai\"})"
                        + " { raters { rater removed reason } errors { rule } } }")
                .execute()
                .path("removeFeedbackRater.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("removeFeedbackRater.raters[?(@.rater == '" + STAFF.get(0) + "')].removed")
                .entityList(Boolean.class)
                .containsExactly(true);
        assertThat(record(STAFF.get(0), STAFF.get(1), "PEER", 5)).isEqualTo("NOT_ASSIGNED");
        assertThat(admin.document("{ talentResults(periodId: " + period + ", nip: \"" + STAFF.get(1)
                                + "\") { missing } }")
                        .execute()
                        .path("talentResults[0].missing")
                        .entityList(String.class)
                        .get())
                .anySatisfy(m -> assertThat(m).startsWith("360-degree feedback"));
        // a second derivation does not bring the removed rater back
        admin.document("mutation { assignFeedbackRaters(input: {periodId: " + period + "}) { assigned } }")
                .execute()
                .path("assignFeedbackRaters.assigned")
                .entity(Integer.class)
                .isEqualTo(0);
        assertThat(record(STAFF.get(0), STAFF.get(1), "PEER", 5)).isEqualTo("NOT_ASSIGNED");
    }
}
