package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * From a published talent map to a finalized appointment through GraphQL, for an agency with Medan's policies (slate
 * of three, seven days of objections): target positions, the pool ranked by eligibility, a committee session with
 * quorum and a conflict of interest, the slate, the PPK's decision, the public announcement and an objection, the
 * appointment, and the hash-chained record. Every step taken too early is refused with its typed error.
 */
class SuccessionGraphQlIT extends SuccessionWorld {

    /** The seventh weekday after a day that is no national holiday or collective leave day on record. */
    LocalDate seventhWorkingDay(LocalDate from) {
        java.util.Set<LocalDate> closed =
                new java.util.HashSet<>(jdbc.queryForList("SELECT day FROM platform.non_working_day", LocalDate.class));
        LocalDate day = from;
        for (int counted = 0; counted < 7; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() < 6 && !closed.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    @Test
    void target_positions_the_forecast_and_the_pool_come_from_records_retirements_moves_and_the_published_map() {
        admin().document(
                        "mutation { setPositionCritical(input: {positionCode: \"KABAG\", critical: true}) { position { critical } errors { __typename } } }")
                .execute()
                .path("setPositionCritical.position.critical")
                .entity(Boolean.class)
                .isEqualTo(true);
        admin().document(
                        "mutation { setPositionCritical(input: {positionCode: \"NOPE\", critical: true}) { errors { __typename } } }")
                .execute()
                .path("setPositionCritical.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("SuccessionNotFound");
        String leaves = LocalDate.now(clock).plusMonths(2).toString();
        admin().document("mutation { planPositionMove(input: {positionCode: \"KASUBAG1\", nip: \"" + A
                        + "\", leavesOn: \"" + leaves
                        + "\", reason: \"Tugas belajar S2\"}) { plannedMove { leavesOn } errors { __typename } } }")
                .execute()
                .path("planPositionMove.plannedMove.leavesOn")
                .entity(String.class)
                .isEqualTo(leaves);
        admin().document("mutation { planPositionMove(input: {positionCode: \"KASUBAG1\", nip: \"" + B
                        + "\", leavesOn: \"" + leaves
                        + "\", reason: \"Rotasi\"}) { errors { ... on FieldInvalid { field } } } }")
                .execute()
                .path("planPositionMove.errors[0].field")
                .entity(String.class)
                .isEqualTo("nip");

        var targets = committee("komite1")
                .document("{ targetPositions { position { code } reasons vacancyDate incumbent { nip } } }")
                .execute();
        targets.path("targetPositions[*].position.code")
                .entityList(String.class)
                .containsExactly("KABAG", "KASUBAG1", "SEKDA");
        targets.path("targetPositions[0].reasons")
                .entityList(String.class)
                .containsExactly("VACANT", "CRITICAL")
                .path("targetPositions[1].reasons")
                .entityList(String.class)
                .containsExactly("PLANNED_MOVE")
                .path("targetPositions[2].reasons")
                .entityList(String.class)
                .containsExactly("RETIREMENT")
                .path("targetPositions[2].incumbent.nip")
                .entity(String.class)
                .isEqualTo(sekdaNip);
        ppk().document("{ targetPositions(horizonMonths: 1) { position { code } } }")
                .execute()
                .path("targetPositions[*].position.code")
                .entityList(String.class)
                .containsExactly("KABAG");

        ppk().document(
                        "{ vacancyForecast(years: 2) { vacantNow years { year retirements plannedMoves items { position { code } cause } } } }")
                .execute()
                .path("vacancyForecast.vacantNow")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("vacancyForecast.years[0].retirements")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("vacancyForecast.years[0].plannedMoves")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("vacancyForecast.years[1].items")
                .entityList(Object.class)
                .hasSize(0);
        ppk().document("{ vacancyForecast(years: 6) { vacantNow } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("1 to 5 years")));

        // box first: C's talent score (95.5) is the highest, but box 7 ranks below boxes 9 and 8
        committee("komite1")
                .document("{ talentPool(periodId: " + period + ") { nip box talentScore rankReason } }")
                .execute()
                .path("talentPool[*].nip")
                .entityList(String.class)
                .containsExactly(D, A, B, C)
                .path("talentPool[0].talentScore")
                .entity(Double.class)
                .isEqualTo(93.5)
                .path("talentPool[3].talentScore")
                .entity(Double.class)
                .isEqualTo(95.5)
                .path("talentPool[3].rankReason")
                .entity(String.class)
                .isEqualTo("kotak 7, skor talenta 95.50");
        admin().document("mutation($v: String!) { setAgencyPolicy(input: {name: \"talentpool.boxes\", valueJson: $v,"
                        + " reason: \"Hanya kotak 8 dan 9\"}) { errors { __typename } } }")
                .variable("v", "[8, 9]")
                .execute();
        committee("komite1")
                .document("{ talentPool(periodId: " + period + ") { nip } }")
                .execute()
                .path("talentPool[*].nip")
                .entityList(String.class)
                .containsExactly(D, A, B);
    }

    @Test
    void a_case_and_a_pool_come_only_from_a_published_period() {
        String open = admin().document(
                        "mutation { createAssessmentPeriod(input: {name: \"2027\", asOf: \"2027-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();

        admin().document("mutation { openSuccessionCase(input: {positionCode: \"KABAG\", periodId: " + open + "}) {"
                        + " errors { ... on FieldInvalid { field message } } } }")
                .execute()
                .path("openSuccessionCase.errors[0].field")
                .entity(String.class)
                .isEqualTo("periodId")
                .path("openSuccessionCase.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("is OPEN", "PUBLISHED"));
        committee("komite1")
                .document("{ talentPool(periodId: " + open + ") { nip } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("PUBLISHED period only");
                }));
    }

    @Test
    void the_workflow_runs_from_case_to_appointment_and_refuses_every_step_out_of_order() {
        String caseId = openCase();
        admin().document("mutation { openSuccessionCase(input: {positionCode: \"KABAG\", periodId: " + period + "}) {"
                        + ERRORS + " } }")
                .execute()
                .path("openSuccessionCase.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("already has"));

        // no decision before a slate, no announcement before a decision, no finalization before an announcement
        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + A + "\"}")
                .path("decideSuccessor.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("StepOutOfOrder")
                .path("decideSuccessor.errors[0].status")
                .entity(String.class)
                .isEqualTo("OPEN");
        step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("StepOutOfOrder");
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + "}")
                .path("finalizeAppointment.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("StepOutOfOrder");

        // the candidates: eligible ones by box, then talent score (C has the best score, in box 7: third); D (box 9)
        // fails rank and level and comes last
        var candidates = committee("komite1")
                .document("{ successionCase(id: " + caseId + ") { candidates { rank nip"
                        + " eligibility jpm jpmCategory rankReason checks { rule outcome reason gap } } } }")
                .execute();
        candidates
                .path("successionCase.candidates[*].nip")
                .entityList(String.class)
                .containsExactly(A, B, C, D)
                .path("successionCase.candidates[2].rankReason")
                .entity(String.class)
                .satisfies(r -> assertThat(r).startsWith("kelayakan MET, kotak 7, skor talenta 95.50"))
                .path("successionCase.candidates[2].jpm")
                .entity(Double.class)
                .isEqualTo(70.0)
                .path("successionCase.candidates[2].jpmCategory")
                .entity(String.class)
                .isEqualTo("MASIH_MEMENUHI_SYARAT")
                .path("successionCase.candidates[3].eligibility")
                .entity(String.class)
                .isEqualTo("NOT_MET")
                .path("successionCase.candidates[3].checks[0].outcome")
                .entity(String.class)
                .isEqualTo("NOT_MET")
                .path("successionCase.candidates[3].checks[0].gap")
                .entity(String.class)
                .satisfies(g -> assertThat(g).startsWith("2 more rank promotion(s)"));

        // committee: quorum, membership, conflict of interest, eligibility, slate size
        String thin = session("Sidang tanpa kuorum", 3, false);
        nominate("komite1", caseId, thin, A, B, C)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("QuorumNotMet");
        String sitting = session("Sidang Komite Talenta I", 2, false);
        nominate("komite9", caseId, sitting, A, B, C)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("NotCommitteeMember");
        committee("komite2")
                .document("mutation { declareConflict(input: {sessionId: " + sitting + ", nip: \"" + A
                        + "\", reason: \"Saudara kandung\"}) { session { conflicts { username nip } } " + ERRORS
                        + " } }")
                .execute()
                .path("declareConflict.session.conflicts[0].username")
                .entity(String.class)
                .isEqualTo("komite2");
        nominate("komite2", caseId, sitting, A, B, C)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("ConflictOfInterest");
        nominate("komite1", caseId, sitting, A, B, D)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("CandidateNotEligible");
        nominate("komite1", caseId, sitting, A, E, B)
                .path("nominateSlate.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("CandidateNotEligible");
        nominate("komite1", caseId, sitting, A, B)
                .path("nominateSlate.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("names 3 successors"));
        nominate("komite1", caseId, sitting, A, B, C)
                .path("nominateSlate.successionCase.status")
                .entity(String.class)
                .isEqualTo("SLATE_PROPOSED")
                .path("nominateSlate.successionCase.slate.candidates[*].nip")
                .entityList(String.class)
                .containsExactly(A, B, C)
                .path("nominateSlate.successionCase.slate.candidates[0].developmentPlan")
                .entityList(String.class)
                .contains("Dipromosikan dan dipertahankan", "Diklat kepemimpinan administrator");
        committee("komite1")
                .document("mutation { recordMinutes(input: {sessionId: " + sitting + ", minutes: \"Komite"
                        + " mengusulkan tiga calon untuk Kepala Bagian Organisasi.\"}) { session { minutes } " + ERRORS
                        + " } }")
                .execute()
                .path("recordMinutes.session.minutes")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("tiga calon"));

        // the PPK: anyone but the top-ranked needs a reason; the decision is final
        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + B + "\"}")
                .path("decideSuccessor.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("rank 2"));
        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + D + "\"}")
                .path("decideSuccessor.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("not on the slate"));
        step(
                        ppk(),
                        "decideSuccessor",
                        "{caseId: " + caseId + ", nip: \"" + B
                                + "\", reason: \"Pengalaman tata laksana lebih relevan\"}")
                .path("decideSuccessor.successionCase.status")
                .entity(String.class)
                .isEqualTo("DECIDED")
                .path("decideSuccessor.successionCase.decisions[0].rank")
                .entity(Integer.class)
                .isEqualTo(2);
        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + A + "\"}")
                .path("decideSuccessor.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("final"));
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + "}")
                .path("finalizeAppointment.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("StepOutOfOrder");

        // the public announcement and an objection within the window
        String announcement = step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.successionCase.status")
                .entity(String.class)
                .isEqualTo("ANNOUNCED")
                .path("announceShortlist.successionCase.announcement.objectionDeadline")
                .entity(String.class)
                .isEqualTo(seventhWorkingDay(LocalDate.now(clock)).toString())
                .path("announceShortlist.successionCase.announcement.id")
                .entity(String.class)
                .get();
        step(admin(), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("StepOutOfOrder");
        assertThat(publicRead()).contains("Kepala Bagian Organisasi", "Andi", "Bunga", "Citra", "********200604*002");
        assertThat(objection(announcement, "Calon pernah tidak disiplin di unit lama."))
                .contains("\"receipt\":{\"id\"");
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + "}")
                .path("finalizeAppointment.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("ObjectionWindowOpen");

        // the window closes (dates moved back as time would): no more objections, answers before finalization
        jdbc.update("UPDATE t_" + agency + ".succession_announcement SET announced_on = announced_on - 12,"
                + " objection_deadline = objection_deadline - 12");
        assertThat(objection(announcement, "Satu keberatan lagi setelah tenggat."))
                .contains("ObjectionWindowClosed");
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + "}")
                .path("finalizeAppointment.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("ObjectionsUnanswered");
        String objectionId = committee("komite1")
                .document("{ successionCase(id: " + caseId + ") { objections { id contact response } } }")
                .execute()
                .path("successionCase.objections")
                .entityList(Object.class)
                .hasSize(1)
                .path("successionCase.objections[0].contact")
                .entity(String.class)
                .isEqualTo("warga@example.id")
                .path("successionCase.objections[0].id")
                .entity(String.class)
                .get();
        committee("komite1")
                .document("mutation { respondToObjection(input: {objectionId: " + objectionId + ", response:"
                        + " \"Sanksi telah berakhir tahun 2021; tidak menghalangi.\"}) { successionCase { id } "
                        + ERRORS + " } }")
                .execute()
                .path("respondToObjection.errors")
                .entityList(Object.class)
                .hasSize(0);
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + ", effectiveDate: \"2026-12-01\"}")
                .path("finalizeAppointment.successionCase.status")
                .entity(String.class)
                .isEqualTo("FINALIZED");

        // the appointment is in the employee's records; the public page no longer shows the shortlist
        admin().document("{ employee(nip: \"" + B
                        + "\") { position { code } positionHistory { name tmt } auditTrail { action actor } } }")
                .execute()
                .path("employee.position.code")
                .entity(String.class)
                .isEqualTo("KABAG")
                .path("employee.positionHistory[0].name")
                .entity(String.class)
                .isEqualTo("Kepala Bagian Organisasi")
                .path("employee.auditTrail[*].action")
                .entityList(String.class)
                .contains("employee.appointed")
                .path("employee.auditTrail[-1].actor")
                .entity(String.class)
                .isEqualTo("walikota");
        assertThat(publicRead()).contains("\"publicAnnouncements\":[]");
        // the public record keeps the appointment: post, appointee, masked NIP, dates; nothing else
        String record = anonymous(
                        "/graphql/public",
                        "{ publicAppointments(agency: \"" + agency + "\") { position"
                                + " appointee maskedNip decidedOn effectiveOn } }")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(record)
                .contains("Kepala Bagian Organisasi", "Bunga", "********200604*002", "2026-12-01")
                .doesNotContain(B);
        step(ppk(), "finalizeAppointment", "{caseId: " + caseId + "}")
                .path("finalizeAppointment.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("StepOutOfOrder");

        // the record: every step in order, intact, and an edited row is found
        admin().document("{ successionLedger(first: 50) { edges { node { action actor } } } }")
                .execute()
                .path("successionLedger.edges[*].node.action")
                .entityList(String.class)
                .containsExactly(
                        "case.opened",
                        "session.created",
                        "session.created",
                        "conflict.declared",
                        "slate.nominated",
                        "minutes.recorded",
                        "decision.made",
                        "shortlist.announced",
                        "objection.received",
                        "objection.answered",
                        "appointment.finalized");
        ppk().document("{ verifySuccessionLedger { intact entries brokenAtId } }")
                .execute()
                .path("verifySuccessionLedger.intact")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("verifySuccessionLedger.entries")
                .entity(Integer.class)
                .isEqualTo(11);
        Long edited = jdbc.queryForObject(
                "SELECT id FROM t_" + agency + ".succession_ledger WHERE action = 'decision.made'", Long.class);
        jdbc.update(
                "UPDATE t_" + agency + ".succession_ledger SET payload = replace(payload, ?, ?) WHERE id = ?",
                B,
                A,
                edited);
        ppk().document("{ verifySuccessionLedger { intact brokenAtId problem } }")
                .execute()
                .path("verifySuccessionLedger.intact")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("verifySuccessionLedger.brokenAtId")
                .entity(Long.class)
                .isEqualTo(edited)
                .path("verifySuccessionLedger.problem")
                .entity(String.class)
                .satisfies(p -> assertThat(p).contains("content was changed"));
    }

    @Test
    void a_correction_is_a_new_decision_that_names_the_old_one_and_withdraws_its_announcement() {
        String caseId = openCase();
        String sitting = session("Sidang Komite Talenta II", 2, true);
        nominate("komite1", caseId, sitting, A, B, C)
                .path("nominateSlate.errors")
                .entityList(Object.class)
                .hasSize(0);
        String first = step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + A + "\"}")
                .path("decideSuccessor.successionCase.decisions[0].id")
                .entity(String.class)
                .get();
        step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.successionCase.status")
                .entity(String.class)
                .isEqualTo("ANNOUNCED");

        step(ppk(), "correctDecision", "{caseId: " + caseId + ", nip: \"" + C + "\", reason: \"singkat\"}")
                .path("correctDecision.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("reason"));
        step(
                        ppk(),
                        "correctDecision",
                        "{caseId: " + caseId + ", nip: \"" + C + "\", reason: \"Keberatan terbukti: calon"
                                + " pertama masih dalam hukuman disiplin\"}")
                .path("correctDecision.successionCase.status")
                .entity(String.class)
                .isEqualTo("DECIDED")
                .path("correctDecision.successionCase.decisions[*].nip")
                .entityList(String.class)
                .containsExactly(C, A)
                .path("correctDecision.successionCase.decisions[0].correctsId")
                .entity(String.class)
                .isEqualTo(first)
                .path("correctDecision.successionCase.decisions[1].correctsId")
                .valueIsNull()
                .path("correctDecision.successionCase.announcement.status")
                .entity(String.class)
                .isEqualTo("WITHDRAWN");
        assertThat(publicRead()).contains("\"publicAnnouncements\":[]");
        step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.successionCase.announcement.status")
                .entity(String.class)
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".succession_decision", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void the_public_page_shows_no_private_field_and_the_public_endpoint_serves_nothing_else() {
        String caseId = openCase();
        String sitting = session("Sidang Komite Talenta III", 2, true);
        nominate("komite1", caseId, sitting, A, B, C);
        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + A + "\"}");
        String announcement = step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.successionCase.announcement.id")
                .entity(String.class)
                .get();
        assertThat(objection(announcement, "Mohon ditinjau kembali kelengkapan berkas."))
                .contains("receipt");

        String page = publicRead().replace(agency, "AGENCY");

        assertThat(page)
                .contains(
                        "\"position\":\"Kepala Bagian Organisasi\"",
                        "\"unit\":\"Sekretariat Daerah\"",
                        "\"maskedNip\":\"********200503*001\"",
                        "\"currentPosition\":\"Kepala Subbagian Kelembagaan\"",
                        "\"selected\":true",
                        "\"objectionDeadline\"");
        for (String nip : List.of(A, B, C)) {
            assertThat(page).doesNotContain(nip).doesNotContain(nip.substring(0, 8));
        }
        assertThat(page.toLowerCase())
                .doesNotContain(
                        "box", "score", "jpm", "birth", "readiness", "warga", "example.id", "golongan", "talent");
        // the schema offers no private field there either: asking for one is a validation error, not data
        anonymous("/graphql/public", "{ publicAnnouncements(agency: \"" + agency + "\") { candidates { nip } } }")
                .expectBody()
                .jsonPath("$.data")
                .doesNotExist()
                .jsonPath("$.errors[0].message")
                .exists();

        // anything not marked public is refused on the public path, however it is wrapped; /graphql still needs a token
        for (String query : List.of(
                "{ employees(first: 1) { edges { node { nip } } } }",
                "{ publicAnnouncements(agency: \"" + agency + "\") { id } successionCases { id } }",
                "query { ...Sneaky } fragment Sneaky on Query { successionLedger(first: 1) { edges { node { payload } } } }",
                "mutation { decideSuccessor(input: {caseId: " + caseId + ", nip: \"" + B
                        + "\"}) { errors { __typename } } }")) {
            anonymous("/graphql/public", query)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.errors[0].extensions.classification")
                    .isEqualTo("FORBIDDEN")
                    .jsonPath("$.data")
                    .doesNotExist();
        }
        anonymous("/graphql", "{ publicAnnouncements(agency: \"" + agency + "\") { id } }")
                .expectStatus()
                .isUnauthorized();
        anonymous("/graphql/public", "{ publicAnnouncements(agency: \"tidak_ada_instansi\") { id } }")
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .exists();
    }

    @Test
    void objections_are_rate_limited_per_client_and_announcement_and_need_a_contact() {
        String caseId = openCase();
        String sitting = session("Sidang Komite Talenta IV", 2, true);
        nominate("komite1", caseId, sitting, A, B, C);
        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + A + "\"}");
        String announcement = step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.successionCase.announcement.id")
                .entity(String.class)
                .get();

        // every attempt counts against the limits, a refused one too: floods of invalid submissions are slowed as well
        String noContact = anonymous(
                        "/graphql/public",
                        "mutation { submitObjection(input: {agency: \"" + agency
                                + "\", announcementId: " + announcement
                                + ", name: \"X\", contact: \"tidak ada\", text: \"Keberatan tanpa"
                                + " kontak yang bisa dihubungi\"}) { errors { ... on FieldInvalid { field } } } }")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(noContact).contains("\"field\":\"contact\"");
        assertThat(objection(announcement, "Keberatan pertama atas pengumuman."))
                .contains("receipt\":{");
        assertThat(objection(announcement, "Keberatan kedua atas pengumuman.")).contains("RateLimited");
        assertThat(objection("999999", "Pengumuman yang tidak ada sama sekali."))
                .contains("SuccessionNotFound");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".succession_objection", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_roadmap_is_seen_by_the_employee_their_supervisor_and_tenant_admins_only() {
        String roadmap =
                "query($nip: String) { careerRoadmap(nip: $nip) { nip box developmentPlan currentPosition { code }"
                        + " targets { position { code } eligibility checks { rule outcome gap } } } }";

        as("citra", "employee", C)
                .document(roadmap)
                .execute()
                .path("careerRoadmap.nip")
                .entity(String.class)
                .isEqualTo(C)
                .path("careerRoadmap.box")
                .entity(Integer.class)
                .isEqualTo(7)
                .path("careerRoadmap.developmentPlan[0]")
                .entity(String.class)
                .isEqualTo("Dipertahankan")
                .path("careerRoadmap.targets[*].position.code")
                .entityList(String.class)
                .containsExactly("KABAG")
                .path("careerRoadmap.targets[0].eligibility")
                .entity(String.class)
                .isEqualTo("MET");
        // a Pelaksana's next step is Pengawas (the career ladder), not the next rank number (a functional Terampil)
        as("dedi", "employee", D)
                .document(roadmap)
                .execute()
                .path("careerRoadmap.targets[*].position.code")
                .entityList(String.class)
                .containsExactly("KASUBAG1", "KASUBAG2", "KASUBAG3");
        // A holds the unit's highest managerial position that is filled: A supervises C
        as("andi", "employee", A)
                .document(roadmap)
                .variable("nip", C)
                .execute()
                .path("careerRoadmap.nip")
                .entity(String.class)
                .isEqualTo(C);
        admin().document(roadmap)
                .variable("nip", C)
                .execute()
                .path("careerRoadmap.nip")
                .entity(String.class)
                .isEqualTo(C);
        for (HttpGraphQlTester outsider :
                List.of(as("bunga", "employee", B), committee("komite1"), ppk(), as("bunga", "talent-committee", B))) {
            outsider.document(roadmap)
                    .variable("nip", C)
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
    }

    @Test
    void bench_strength_counts_ready_now_successors_of_critical_positions_and_positions_without_successors() {
        admin().document(
                        "mutation { setPositionCritical(input: {positionCode: \"KABAG\", critical: true}) { errors { __typename } } }")
                .execute();
        String bench =
                "{ benchStrength { criticalPositions criticalWithReadyNow criticalReadyNowPercent successorsPerPosition"
                        + " positions { position { code } successors readyNow } withoutSuccessor { code }"
                        + " retiringWithinYearWithoutSuccessor { code } } }";
        ppk().document(bench)
                .execute()
                .path("benchStrength.criticalPositions")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("benchStrength.criticalWithReadyNow")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("benchStrength.withoutSuccessor[*].code")
                .entityList(String.class)
                .containsExactly("KABAG", "SEKDA")
                .path("benchStrength.retiringWithinYearWithoutSuccessor[*].code")
                .entityList(String.class)
                .containsExactly("SEKDA");

        String caseId = openCase();
        nominate("komite1", caseId, session("Sidang Komite Talenta V", 2, true), A, B, C);

        ppk().document(bench)
                .execute()
                .path("benchStrength.criticalWithReadyNow")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("benchStrength.criticalReadyNowPercent")
                .entity(Double.class)
                .isEqualTo(100.0)
                .path("benchStrength.successorsPerPosition")
                .entity(Double.class)
                .isEqualTo(1.5)
                .path("benchStrength.positions[?(@.position.code == 'KABAG')].successors")
                .entityList(Integer.class)
                .containsExactly(3)
                .path("benchStrength.withoutSuccessor[*].code")
                .entityList(String.class)
                .containsExactly("SEKDA");
    }
}
