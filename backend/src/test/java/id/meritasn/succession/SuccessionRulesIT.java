package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/**
 * Legal eligibility as versioned national rules, manual checks settled by the committee, a slate that says why it
 * departs from the ranking, direct appointment, and the re-check at finalisation.
 */
class SuccessionRulesIT extends SuccessionWorld {

    static final String CANDIDATES = "{ nip eligibility checks { rule outcome reason evidence source } }";

    HttpGraphQlTester platformAdmin() {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + Tokens.builder("pusat", "platform-admin").mint())
                .build();
    }

    String rules(String level, String asOf) {
        return admin().document("{ eligibilityRules(level: \"" + level + "\", asOf: \"" + asOf + "\") { condition years"
                        + " educationMin priorLevels maxAge legalSource effectiveFrom effectiveTo } }")
                .execute()
                .path("eligibilityRules")
                .entityList(Object.class)
                .get()
                .toString();
    }

    @Test
    void legal_conditions_are_national_versions_only_platform_admins_add_and_a_case_is_rechecked_on_a_past_date() {
        String today = LocalDate.now(clock).toString();
        assertThat(rules("ADMINISTRATOR", today))
                .contains("PRIOR_POSITION", "PENGAWAS", "AHLI_MUDA", "years=3", "educationMin=D4", "Pasal 54");
        assertThat(rules("PENGAWAS", today)).contains("PELAKSANA", "years=4");
        assertThat(rules("AHLI_MADYA", today)).contains("EDUCATION", "educationMin=D4");
        assertThat(rules("PEMULA", today)).contains("educationMin=SLTA");

        // the new version starts after the latest one the level has, whenever the test runs
        List<String> starts = admin().document("{ eligibilityRules(level: \"ADMINISTRATOR\") { effectiveFrom } }")
                .execute()
                .path("eligibilityRules[*].effectiveFrom")
                .entityList(String.class)
                .get();
        LocalDate latest =
                starts.stream().map(LocalDate::parse).max(LocalDate::compareTo).orElseThrow();
        LocalDate from = latest.isAfter(LocalDate.now(clock))
                ? latest.plusYears(1)
                : LocalDate.now(clock).plusYears(5);
        String save = "mutation($from: String!, $education: String!) { saveEligibilityRules(input: {targetLevel:"
                + " \"ADMINISTRATOR\", effectiveFrom: $from, legalSource: \"Peraturan uji coba Pasal 1\", conditions:"
                + " [{condition: EDUCATION, educationMin: $education}, {condition: AGE, maxAge: 40}]}) { rules"
                + " { condition effectiveFrom effectiveTo } errors { field rule message } } }";
        admin().document(save)
                .variable("from", from.toString())
                .variable("education", "D4")
                .execute()
                .errors()
                .satisfy(e -> assertThat(e)
                        .singleElement()
                        .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        platformAdmin()
                .document(save)
                .variable("from", "2026-11-01")
                .variable("education", "S9")
                .execute()
                .path("saveEligibilityRules.errors[*].rule")
                .entityList(String.class)
                .contains("NOT_BACKDATED", "UNKNOWN_EDUCATION");
        platformAdmin()
                .document(save)
                .variable("from", from.toString())
                .variable("education", "D4")
                .execute()
                .path("saveEligibilityRules.errors")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(rules("ADMINISTRATOR", from.minusDays(1).toString()))
                .contains("PRIOR_POSITION")
                .contains("effectiveTo=" + from.minusDays(1))
                .doesNotContain("maxAge=40");
        assertThat(rules("ADMINISTRATOR", from.toString()))
                .contains("maxAge=40")
                .doesNotContain("PRIOR_POSITION");

        String caseId = openCase();
        String recheck =
                "query($on: String!) { caseCandidates(caseId: " + caseId + ", rulesOn: $on) " + CANDIDATES + " }";
        var before = committee("komite1")
                .document(recheck)
                .variable("on", from.minusDays(1).toString())
                .execute();
        before.path("caseCandidates[?(@.nip == '" + A + "')].eligibility")
                .entityList(String.class)
                .containsExactly("MET")
                .path("caseCandidates[?(@.nip == '" + A + "')].checks[?(@.rule == 'PRIOR_POSITION')].evidence")
                .entityList(String.class)
                .satisfies(e -> assertThat(e.getFirst()).contains("Kepala Subbagian", "2019-01-02"));
        var after = committee("komite1")
                .document(recheck)
                .variable("on", from.toString())
                .execute();
        after.path("caseCandidates[?(@.nip == '" + A + "')].eligibility")
                .entityList(String.class)
                .containsExactly("NOT_MET")
                .path("caseCandidates[?(@.nip == '" + A + "')].checks[?(@.rule == 'AGE')].source")
                .entityList(String.class)
                .satisfies(s -> assertThat(s.getFirst()).contains("Peraturan uji coba", from.toString()));
    }

    @Test
    void the_pelaksana_to_pengawas_route_follows_the_law_not_a_one_level_ladder() {
        // Dedi: Pelaksana since 2012 with an S1, box 9; a Pengawas post asks four years as Pelaksana (or setingkat)
        String caseId = admin().document("mutation { openSuccessionCase(input: {positionCode: \"KASUBAG1\", periodId: "
                        + period + "}) { successionCase { id } " + ERRORS + " } }")
                .execute()
                .path("openSuccessionCase.successionCase.id")
                .entity(String.class)
                .get();
        var candidates = committee("komite1")
                .document("{ successionCase(id: " + caseId + ") { candidates " + CANDIDATES + " } }")
                .execute();
        candidates
                .path("successionCase.candidates[?(@.nip == '" + D + "')].checks[*].rule")
                .entityList(String.class)
                .doesNotContain("POSITION_LEVEL")
                .contains("PRIOR_POSITION", "EDUCATION");
        candidates
                .path("successionCase.candidates[?(@.nip == '" + D
                        + "')].checks[?(@.rule == 'PRIOR_POSITION')].outcome")
                .entityList(String.class)
                .containsExactly("MET");
    }

    @Test
    void a_manual_check_is_settled_by_the_committee_in_session_and_no_slate_names_a_candidate_with_one_open() {
        // Citra's diploma is not on record: her education is for the committee to check
        jdbc.update("DELETE FROM t_" + agency + ".education_history WHERE nip = ?", C);
        String caseId = openCase();
        String session = session("Rapat komite", 2, false);
        nominate("komite1", caseId, session, A, B, C)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("ManualCheckOpen")
                .path("nominateSlate.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("EDUCATION"));
        String resolve = "mutation($reason: String!) { resolveEligibilityCheck(input: {caseId: " + caseId
                + ", sessionId: " + session + ", nip: \"" + C + "\", rule: EDUCATION, outcome: MET, reason: $reason})"
                + " { successionCase { id } " + ERRORS + " } }";
        committee("komite2")
                .document(resolve)
                .variable("reason", "ok")
                .execute()
                .path("resolveEligibilityCheck.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("FieldInvalid");
        committee("komite3")
                .document(resolve)
                .variable("reason", "Ijazah S1 asli diperiksa dalam rapat komite")
                .execute()
                .path("resolveEligibilityCheck.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("NotCommitteeMember");
        ppk().document(resolve)
                .variable("reason", "Ijazah S1 asli diperiksa dalam rapat komite")
                .execute()
                .errors()
                .satisfy(e -> assertThat(e)
                        .singleElement()
                        .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        committee("komite2")
                .document(resolve)
                .variable("reason", "Ijazah S1 asli diperiksa dalam rapat komite")
                .execute()
                .path("resolveEligibilityCheck.errors")
                .entityList(Object.class)
                .hasSize(0);
        committee("komite1")
                .document(resolve)
                .variable("reason", "Ijazah S1 asli diperiksa sekali lagi")
                .execute()
                .path("resolveEligibilityCheck.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("settled already"));

        committee("komite1")
                .document("{ successionCase(id: " + caseId + ") { candidates " + CANDIDATES + " } }")
                .execute()
                .path("successionCase.candidates[?(@.nip == '" + C + "')].eligibility")
                .entityList(String.class)
                .containsExactly("MET")
                .path("successionCase.candidates[?(@.nip == '" + C + "')].checks[?(@.rule == 'EDUCATION')].reason")
                .entityList(String.class)
                .satisfies(r -> assertThat(r.getFirst()).contains("Settled MET", "komite2"));
        // a closed session names no slate
        committee("komite1")
                .document("mutation { closeCommitteeSession(input: {sessionId: " + session + "}) { session"
                        + " { closedAt } } }")
                .execute()
                .path("closeCommitteeSession.session.closedAt")
                .entity(String.class)
                .satisfies(at -> assertThat(at).isNotBlank());
        nominate("komite1", caseId, session, A, B, C)
                .path("nominateSlate.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("not open"));
        nominate("komite1", caseId, session("Rapat lanjutan", 2, true), A, B, C)
                .path("nominateSlate.errors")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void a_slate_that_departs_from_the_ranking_says_why_for_each_place_it_changes() {
        String caseId = openCase();
        String session = session("Rapat komite", 2, true);
        nominate("komite1", caseId, session, B, A, C)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("FieldInvalid")
                .path("nominateSlate.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("Place 1", "places 2"));
        String because = "Pengalaman tata laksana lebih relevan untuk bagian ini";
        committee("komite1")
                .document("mutation { nominateSlate(input: {caseId: " + caseId + ", sessionId: " + session
                        + ", candidates: [{nip: \"" + B + "\", readiness: READY_NOW, orderReason: \"" + because + "\"},"
                        + " {nip: \"" + A + "\", readiness: READY_NOW, orderReason: \"" + because + "\"},"
                        + " {nip: \"" + C + "\", readiness: ONE_TO_TWO_YEARS}]}) { successionCase { slate { candidates"
                        + " { nip systemRank orderReason } } } " + ERRORS + " } }")
                .execute()
                .path("nominateSlate.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("nominateSlate.successionCase.slate.candidates[*].systemRank")
                .entityList(Integer.class)
                .containsExactly(2, 1, 3)
                .path("nominateSlate.successionCase.slate.candidates[2].orderReason")
                .valueIsNull()
                .path("nominateSlate.successionCase.slate.candidates[0].orderReason")
                .entity(String.class)
                .isEqualTo(because);
    }

    @Test
    void under_direct_appointment_the_slate_is_the_top_ranked_box_9_talent_alone() {
        admin().document(
                        "mutation { setAgencyPolicy(input: {name: \"succession.selection\", valueJson: \"\\\"DIRECT\\\"\","
                                + " reason: \"Pengisian langsung talenta kotak 9 sesuai pedoman KASN\"}) { errors { __typename } } }")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);
        String caseId = openCase();
        String session = session("Rapat komite", 2, true);
        nominate("komite1", caseId, session, A, B)
                .path("nominateSlate.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("DIRECT", "Andi"));
        nominate("komite1", caseId, session, B)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("FieldInvalid");
        nominate("komite1", caseId, session, A)
                .path("nominateSlate.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("nominateSlate.successionCase.slate.candidates[*].nip")
                .entityList(String.class)
                .containsExactly(A);
    }

    @Test
    void finalisation_rechecks_the_appointee_for_a_new_sanction_and_for_leaving_the_service() {
        String caseId = openCase();
        String session = session("Rapat komite", 2, true);
        nominate("komite1", caseId, session, A, B, C)
                .path("nominateSlate.errors")
                .entityList(Object.class)
                .hasSize(0);
        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + A + "\"}")
                .path("decideSuccessor.errors")
                .entityList(Object.class)
                .hasSize(0);
        step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.errors")
                .entityList(Object.class)
                .hasSize(0);
        jdbc.update("UPDATE t_" + agency + ".succession_announcement SET announced_on = announced_on - 30,"
                + " objection_deadline = objection_deadline - 30");

        admin().document("mutation { addHistoryEntry(input: {nip: \"" + A + "\", kind: DISCIPLINE, code: \"MODERATE\","
                        + " name: \"Penundaan kenaikan pangkat\", date: \""
                        + LocalDate.now(clock).minusDays(1) + "\"}) { errors"
                        + " { __typename } } }")
                .execute()
                .path("addHistoryEntry.errors")
                .entityList(Object.class)
                .hasSize(0);
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + "}")
                .path("finalizeAppointment.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("AppointeeNotEligible")
                .path("finalizeAppointment.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("DISCIPLINE", "Andi"));

        jdbc.update("DELETE FROM t_" + agency + ".discipline WHERE nip = ?", A);
        jdbc.update("UPDATE t_" + agency + ".employee SET status = 'RETIRED' WHERE nip = ?", A);
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + "}")
                .path("finalizeAppointment.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("AppointeeNotEligible")
                .path("finalizeAppointment.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("RETIRED"));
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM t_" + agency + ".succession_case WHERE id = ?",
                        String.class,
                        Long.parseLong(caseId)))
                .isEqualTo("ANNOUNCED");
    }
}
