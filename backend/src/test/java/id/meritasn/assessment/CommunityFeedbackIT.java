package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/** Community input (PERMATA): policy gate, verified one-per-person submissions, moderation, and its part in the score. */
class CommunityFeedbackIT extends PlatformIntegrationTest {

    static final String NIP = "198001152005031001";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    JdbcTemplate jdbc;

    HttpGraphQlTester as(String agency, String role) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder("u_" + role, role)
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();
    }

    /** An agency with one employee and an open period; returns the period id. */
    String agencyWithEmployee(String agency, Map<String, Object> policy) {
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "DKI Jakarta", null, policy),
                "test"));
        HttpGraphQlTester admin = as(agency, "tenant-admin");
        // a service counter: community input applies to the people who serve the public
        admin.document("mutation { saveUnit(input: {code: \"KEL\", name: \"Kelurahan Gambir\"}) { unit { code } } }")
                .execute();
        admin.document(
                        "mutation { savePosition(input: {code: \"LOKET\", name: \"Petugas Pelayanan\", level: \"PELAKSANA\","
                                + " unitCode: \"KEL\", servesPublic: true, standard: []}) { position { servesPublic } } }")
                .execute()
                .path("savePosition.position.servesPublic")
                .entity(Boolean.class)
                .isEqualTo(true);
        admin.document("mutation { createEmployee(input: {nip: \"" + NIP + "\", name: \"Andi\", golongan: \"III/d\", "
                        + "golonganTmt: \"2022-04-01\", positionCode: \"LOKET\"}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(NIP);
        return admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
    }

    static String submit(String period, String nik, int score) {
        return "mutation { submitCommunityFeedback(input: {periodId: " + period + ", nip: \"" + NIP
                + "\", verifiedNik: \"" + nik + "\", channel: \"Aplikasi PERMATA\", score: " + score
                + ", comment: \"Pelayanan cepat\"}) { feedback { id status } errors { code message } } }";
    }

    /** Refused by a rule: a typed payload error, no GraphQL error, nothing returned as stored. */
    static void refused(GraphQlTester.Response response, String mutation, String code, String message) {
        response.errors().verify();
        response.path(mutation + ".errors[0].code")
                .entity(String.class)
                .isEqualTo(code)
                .path(mutation + ".errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains(message))
                .path(mutation + ".feedback")
                .valueIsNull();
    }

    static void refused(GraphQlTester.Response response, ErrorType type, String message) {
        response.errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(type);
                    assertThat(e.getMessage()).contains(message);
                }));
    }

    @Test
    void submissions_are_moderated_one_per_person_and_count_once_enough_are_approved_under_a_weighing_rubric() {
        String agency = UniqueKeys.next("permata");
        String period = agencyWithEmployee(agency, Map.of("assessment.communityInput", true));
        HttpGraphQlTester channel = as(agency, "agency-integration");
        HttpGraphQlTester admin = as(agency, "tenant-admin");
        admin.document(
                        "mutation { saveRubric(input: {effectiveFrom: \"2026-12-01\", weights: [{indicator: \"FEEDBACK_360\", "
                                + "weight: 5}, {indicator: \"COMMUNITY\", weight: 5}]}) { rubric { version } } }")
                .execute()
                .path("saveRubric.rubric.version")
                .entity(Integer.class)
                .isEqualTo(1);

        List<String> ids = new java.util.ArrayList<>();
        for (String nik : List.of("3171011501900001", "3171015502910002", "3171012003920003", "3171012104930004")) {
            ids.add(channel.document(submit(period, nik, 4))
                    .execute()
                    .path("submitCommunityFeedback.feedback.status")
                    .entity(String.class)
                    .isEqualTo("PENDING")
                    .path("submitCommunityFeedback.feedback.id")
                    .entity(String.class)
                    .get());
        }
        refused(
                channel.document(submit(period, "3171011501900001", 1)).execute(),
                "submitCommunityFeedback",
                "ALREADY_SUBMITTED",
                "one submission per person per employee per period");
        refused(
                channel.document(submit(period, "31710115019", 1)).execute(),
                "submitCommunityFeedback",
                "NIK_FORMAT",
                "16-digit NIK");
        refused(
                channel.document(submit(period, "3171011501900009", 6)).execute(),
                "submitCommunityFeedback",
                "SCORE_RANGE",
                "1 to 5");
        for (String role : List.of("assessor", "talent-committee", "ppk", "employee")) {
            refused(
                    as(agency, role)
                            .document(submit(period, "3171011501900009", 5))
                            .execute(),
                    ErrorType.FORBIDDEN,
                    "");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".community_feedback", Integer.class))
                .isEqualTo(4);
        // the NIK itself is nowhere in the table: only a salted one-way reference
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM t_" + agency + ".community_feedback f WHERE f::text LIKE "
                                + "'%3171011501900001%'",
                        Integer.class))
                .isZero();

        var queue = admin.document(
                        "{ communityFeedback(periodId: " + period + ", first: 3) { edges { node { id nip score "
                                + "comment channel status } } pageInfo { hasNextPage } } }")
                .execute();
        queue.path("communityFeedback.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(ids.get(0), ids.get(1), ids.get(2));
        queue.path("communityFeedback.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true);
        refused(
                as(agency, "assessor")
                        .document("mutation { moderateCommunityFeedback(input: {id: " + ids.get(0)
                                + ", approve: true}) { feedback { id } errors { code message } } }")
                        .execute(),
                ErrorType.FORBIDDEN,
                "");

        refused(
                admin.document("mutation { moderateCommunityFeedback(input: {id: " + ids.get(3) + ", approve: false}) "
                                + "{ feedback { status } errors { code message } } }")
                        .execute(),
                "moderateCommunityFeedback",
                "REASON_REQUIRED",
                "needs a reason");
        admin.document("mutation { moderateCommunityFeedback(input: {id: " + ids.get(3) + ", approve: false, reason: "
                        + "\"kata kasar\"}) { feedback { status moderationReason } errors { code message } } }")
                .execute()
                .path("moderateCommunityFeedback.feedback.status")
                .entity(String.class)
                .isEqualTo("REJECTED");
        for (String id : ids.subList(0, 2)) {
            admin.document("mutation { moderateCommunityFeedback(input: {id: " + id
                            + ", approve: true}) { feedback { status } errors { code message } } }")
                    .execute()
                    .path("moderateCommunityFeedback.feedback.status")
                    .entity(String.class)
                    .isEqualTo("APPROVED");
        }
        String results = "{ talentResults(periodId: " + period + ", nip: \"" + NIP + "\") { missing explanation "
                + "{ indicator raw } } }";
        admin.document(results)
                .execute()
                .path("talentResults[0].missing")
                .entityList(String.class)
                .contains("Community input: at least 3 approved submissions (2 so far)");
        refused(
                admin.document("mutation { moderateCommunityFeedback(input: {id: " + ids.get(0) + ", approve: false, "
                                + "reason: \"ubah\"}) { feedback { status } errors { code message } } }")
                        .execute(),
                "moderateCommunityFeedback",
                "ALREADY_MODERATED",
                "already APPROVED");

        admin.document("mutation { moderateCommunityFeedback(input: {id: " + ids.get(2)
                        + ", approve: true}) { feedback { status } errors { code message } } }")
                .execute();

        var latest = admin.document(results).execute();
        assertThat(latest.path("talentResults[0].missing")
                        .entityList(String.class)
                        .get())
                .noneMatch(m -> m.startsWith("Community"));
        latest.path("talentResults[0].explanation[?(@.indicator == 'COMMUNITY')].raw")
                .entityList(String.class)
                .containsExactly("4.00 of 5 (3 approved)");
    }

    @Test
    void an_agency_that_has_not_turned_community_input_on_refuses_submissions() {
        String agency = UniqueKeys.next("nopermata");
        String period = agencyWithEmployee(agency, Map.of());

        refused(
                as(agency, "agency-integration")
                        .document(submit(period, "3171011501900001", 5))
                        .execute(),
                "submitCommunityFeedback",
                "COMMUNITY_OFF",
                "Community input is off");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".community_feedback", Integer.class))
                .isZero();
    }
}
