package id.meritasn.assessment;

import static id.meritasn.assessment.TalentFixture.NIP;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UnitDeclarations;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Calibration as a committee act: moves in an open session with quorum, a second member for the ones that matter. */
class CalibrationSessionIT extends PlatformIntegrationTest {

    static final String MOVE = "{ id fromBox toBox status needsSecond sessionId movedBy decidedBy decisionReason }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    TalentFixture fixture;
    String period;

    @BeforeEach
    void andiInBox9() {
        fixture = TalentFixture.provision(graphQl, provisioning, "kal");
        period = fixture.period;
        fixture.completeInputs();
    }

    HttpGraphQlTester member(String username) {
        return fixture.as(username, "talent-committee");
    }

    void startCalibration() {
        member("komite1")
                .document("mutation { startCalibration(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("startCalibration.period.status")
                .entity(String.class)
                .isEqualTo("CALIBRATING");
    }

    /** A session held on the agency clock's first day, komite1 and komite2 present, komite3 as given. */
    String session(int quorum, boolean thirdPresent, String heldOn) {
        return member("komite1")
                .document("mutation { createCommitteeSession(input: {title: \"Kalibrasi 2026\","
                        + " heldOn: \"" + heldOn + "\", quorum: " + quorum + ", members: [{username: \"komite1\","
                        + " name: \"Ketua\", role: CHAIR}, {username: \"komite2\", name: \"Anggota\", role: MEMBER},"
                        + " {username: \"komite3\", name: \"Sekretaris\", role: SECRETARY, present: " + thirdPresent
                        + "}]}) { session { id } errors { __typename } } }")
                .execute()
                .path("createCommitteeSession.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("createCommitteeSession.session.id")
                .entity(String.class)
                .get();
    }

    String session() {
        return session(2, true, "2026-12-01");
    }

    GraphQlTester.Response propose(String username, String session, String nip, int box, String reason) {
        return member(username)
                .document("mutation($reason: String!) { moveToBox(input: {periodId: " + period
                        + ", sessionId: " + session + ", nip: \"" + nip + "\", box: " + box
                        + ", reason: $reason}) { move "
                        + MOVE + " errors { rule message } } }")
                .variable("reason", reason)
                .execute();
    }

    GraphQlTester.Response agree(String username, String session, String moveId) {
        return member(username)
                .document("mutation { agreeToMove(input: {moveId: " + moveId + ", sessionId: " + session + "}) { move "
                        + MOVE + " errors { rule message } } }")
                .execute();
    }

    GraphQlTester.Response decline(String username, String session, String moveId, String reason) {
        return member(username)
                .document("mutation($reason: String!) { declineMove(input: {moveId: " + moveId + ", sessionId: "
                        + session + ", reason: $reason}) { move " + MOVE + " errors { rule message } } }")
                .variable("reason", reason)
                .execute();
    }

    static void refused(GraphQlTester.Response response, String mutation, String rule) {
        response.path(mutation + ".move")
                .valueIsNull()
                .path(mutation + ".errors[*].rule")
                .entityList(String.class)
                .containsExactly(rule);
    }

    int boxOfAndi() {
        List<Integer> boxes = member("komite3")
                .document("{ talentMap(periodId: " + period + ") { boxes { box count } } }")
                .execute()
                .path("talentMap.boxes[?(@.count == 1)].box")
                .entityList(Integer.class)
                .get();
        assertThat(boxes).hasSize(1);
        return boxes.getFirst();
    }

    @Test
    void a_move_into_the_succession_group_waits_for_a_second_member_and_the_employee_sees_only_the_agreed_box() {
        String reason = "Belum cukup bukti kepemimpinan lintas unit";
        refused(propose("komite1", "1", NIP, 8, reason), "moveToBox", "NOT_CALIBRATING");
        startCalibration();
        String session = session();

        var proposed = propose("komite1", session, NIP, 8, reason);
        proposed.path("moveToBox.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("moveToBox.move.fromBox")
                .entity(Integer.class)
                .isEqualTo(9)
                .path("moveToBox.move.toBox")
                .entity(Integer.class)
                .isEqualTo(8)
                .path("moveToBox.move.status")
                .entity(String.class)
                .isEqualTo("PENDING")
                .path("moveToBox.move.needsSecond")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("moveToBox.move.sessionId")
                .entity(String.class)
                .isEqualTo(session);
        String move = proposed.path("moveToBox.move.id").entity(String.class).get();
        // a pending move changes nothing on the map, and the proposer cannot be their own second member
        assertThat(boxOfAndi()).isEqualTo(9);
        refused(agree("komite1", session, move), "agreeToMove", "OWN_PROPOSAL");
        assertThat(boxOfAndi()).isEqualTo(9);

        agree("komite2", session, move)
                .path("agreeToMove.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("agreeToMove.move.status")
                .entity(String.class)
                .isEqualTo("AGREED")
                .path("agreeToMove.move.decidedBy")
                .entity(String.class)
                .isEqualTo("komite2");
        assertThat(boxOfAndi()).isEqualTo(8);
        refused(agree("komite3", session, move), "agreeToMove", "NOT_PENDING");
        member("komite1")
                .document("{ talentMap(periodId: " + period + ") { members { box calibration { toBox reason"
                        + " movedBy decidedBy } } } }")
                .execute()
                .path("talentMap.members[0].box")
                .entity(Integer.class)
                .isEqualTo(9)
                .path("talentMap.members[0].calibration.toBox")
                .entity(Integer.class)
                .isEqualTo(8)
                .path("talentMap.members[0].calibration.decidedBy")
                .entity(String.class)
                .isEqualTo("komite2");

        HttpGraphQlTester admin = fixture.as("admin", "tenant-admin");
        String periodInput = "{periodId: " + period + "}";
        member("komite1")
                .document("mutation { closeCalibration(input: " + periodInput
                        + ") { period { status } errors { code message } } }")
                .execute()
                .path("closeCalibration.period.status")
                .entity(String.class)
                .isEqualTo("CALIBRATED");
        refused(
                propose("komite1", session, NIP, 9, "Satu lagi setelah periode dikunci"),
                "moveToBox",
                "NOT_CALIBRATING");
        String mine = "{ myTalentResult(periodId: " + period + ") { finalBox developmentPlan result { box } } }";
        fixture.employeeWithNip(NIP)
                .document(mine)
                .execute()
                .path("myTalentResult")
                .valueIsNull();
        UnitDeclarations.declareAll(admin, period);
        admin.document("mutation { publishAssessmentPeriod(input: " + periodInput
                        + ") { period { status } errors { code message } } }")
                .execute()
                .path("publishAssessmentPeriod.period.status")
                .entity(String.class)
                .isEqualTo("PUBLISHED");
        fixture.employeeWithNip(NIP)
                .document(mine)
                .execute()
                .path("myTalentResult.finalBox")
                .entity(Integer.class)
                .isEqualTo(8)
                .path("myTalentResult.result.box")
                .entity(Integer.class)
                .isEqualTo(9)
                .path("myTalentResult.developmentPlan[0]")
                .entity(String.class)
                .isEqualTo("Dipertahankan");
        fixture.employeeWithNip("199001012015031002")
                .document(mine)
                .execute()
                .path("myTalentResult")
                .valueIsNull();
    }

    @Test
    void a_move_is_refused_outside_an_open_session_with_quorum_and_to_absent_or_conflicted_members() {
        startCalibration();
        String reason = "Hasil uji kompetensi belum mendukung kotak ini";
        refused(propose("komite1", "999999", NIP, 8, reason), "moveToBox", "SESSION_NOT_FOUND");
        refused(propose("komite1", session(3, false, "2026-12-01"), NIP, 8, reason), "moveToBox", "QUORUM_NOT_MET");
        String session = session();
        refused(propose("komite4", session, NIP, 8, reason), "moveToBox", "NOT_PRESENT_MEMBER");
        refused(propose("komite3", session(2, false, "2026-12-01"), NIP, 8, reason), "moveToBox", "NOT_PRESENT_MEMBER");
        refused(propose("komite1", session(2, true, "2027-01-04"), NIP, 8, reason), "moveToBox", "SESSION_NOT_OPEN");
        refused(propose("komite1", session, NIP, 10, reason), "moveToBox", "BOX_RANGE");
        refused(propose("komite1", session, NIP, 8, "terlalu singkat"), "moveToBox", "REASON_LENGTH");
        refused(propose("komite1", session, NIP, 9, reason), "moveToBox", "SAME_BOX");
        refused(propose("komite1", session, "199101012015031001", 8, reason), "moveToBox", "NOT_MAPPED");

        String move = propose("komite1", session, NIP, 7, reason)
                .path("moveToBox.move.id")
                .entity(String.class)
                .get();
        member("komite2")
                .document("mutation { declareConflict(input: {sessionId: " + session + ", nip: \"" + NIP
                        + "\", reason: \"Saudara kandung\"}) { errors { __typename } } }")
                .execute()
                .path("declareConflict.errors")
                .entityList(Object.class)
                .hasSize(0);
        refused(agree("komite2", session, move), "agreeToMove", "CONFLICT_OF_INTEREST");
        member("komite3")
                .document("mutation { closeCommitteeSession(input: {sessionId: " + session + "}) { session"
                        + " { closedAt closedBy } errors { __typename } } }")
                .execute()
                .path("closeCommitteeSession.session.closedBy")
                .entity(String.class)
                .isEqualTo("komite3");
        refused(agree("komite3", session, move), "agreeToMove", "SESSION_NOT_OPEN");
        // a conflict declared once holds in every later session
        String next = session();
        refused(agree("komite2", next, move), "agreeToMove", "CONFLICT_OF_INTEREST");
        // agreed later, in another session with quorum, by a member without a conflict
        agree("komite3", next, move)
                .path("agreeToMove.move.status")
                .entity(String.class)
                .isEqualTo("AGREED");
        assertThat(boxOfAndi()).isEqualTo(7);

        // roles: a tenant admin or an assessor calibrates nothing
        for (String role : List.of("tenant-admin", "assessor", "ppk")) {
            fixture.as("x", role)
                    .document("mutation { moveToBox(input: {periodId: " + period + ", sessionId: " + next + ", nip: \""
                            + NIP + "\", box: 8, reason: \"" + reason + "\"}) { errors { rule } } }")
                    .execute()
                    .errors()
                    .satisfy(e -> assertThat(e)
                            .singleElement()
                            .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
    }

    @Test
    void a_pending_move_blocks_another_and_closing_and_a_decline_leaves_the_map_as_it_was() {
        startCalibration();
        String session = session();
        String move = propose("komite1", session, NIP, 4, "Potensi belum teruji pada penugasan lintas bidang")
                .path("moveToBox.move.id")
                .entity(String.class)
                .get();
        refused(
                propose("komite2", session, NIP, 8, "Usulan lain untuk pegawai yang sama"),
                "moveToBox",
                "MOVE_PENDING");
        member("komite1")
                .document("mutation { closeCalibration(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("closeCalibration.errors[0].code")
                .entity(String.class)
                .isEqualTo("MOVES_PENDING")
                .path("closeCalibration.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("1 calibration move(s) still wait"));
        refused(decline("komite2", session, move, "kurang"), "declineMove", "REASON_LENGTH");
        decline("komite2", session, move, "Bukti penugasan lintas bidang sudah ada di SKP")
                .path("declineMove.move.status")
                .entity(String.class)
                .isEqualTo("DECLINED")
                .path("declineMove.move.decisionReason")
                .entity(String.class)
                .isEqualTo("Bukti penugasan lintas bidang sudah ada di SKP");
        assertThat(boxOfAndi()).isEqualTo(9);
        member("komite1")
                .document("mutation { closeCalibration(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("closeCalibration.period.status")
                .entity(String.class)
                .isEqualTo("CALIBRATED");
    }

    @Test
    void a_one_step_move_below_the_succession_group_is_in_force_at_once_and_a_jump_waits() {
        startCalibration();
        String session = session();
        String down = propose("komite1", session, NIP, 5, "Kinerja penguat menurun pada semester kedua")
                .path("moveToBox.move.id")
                .entity(String.class)
                .get();
        agree("komite2", session, down);
        // 5 to 2 is one column to the left: in force without a second member
        propose("komite1", session, NIP, 2, "Potensi belum tampak pada penugasan tim tahun ini")
                .path("moveToBox.move.status")
                .entity(String.class)
                .isEqualTo("AGREED")
                .path("moveToBox.move.needsSecond")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("moveToBox.move.fromBox")
                .entity(Integer.class)
                .isEqualTo(5);
        assertThat(boxOfAndi()).isEqualTo(2);
        // 2 to 6 jumps two columns: it waits
        propose("komite1", session, NIP, 6, "Hasil asesmen ulang menunjukkan potensi tinggi")
                .path("moveToBox.move.status")
                .entity(String.class)
                .isEqualTo("PENDING");
        assertThat(boxOfAndi()).isEqualTo(2);
    }

    @Test
    void the_board_shows_the_distribution_of_the_map_it_was_computed_from_and_every_move() {
        startCalibration();
        String session = session();
        String move = propose("komite1", session, NIP, 8, "Belum cukup bukti kepemimpinan lintas unit")
                .path("moveToBox.move.id")
                .entity(String.class)
                .get();
        String board = "{ calibrationBoard(periodId: " + period + ") { pending successionShare guidelineSuccessionShare"
                + " boxes { box count guidelinePercent } moves { id status } groups { dimension group mapped counts"
                + " successionShare } } }";
        var before = member("komite2").document(board).execute();
        before.path("calibrationBoard.pending")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("calibrationBoard.moves[*].id")
                .entityList(String.class)
                .containsExactly(move);
        agree("komite2", session, move);

        var after = fixture.as("admin", "tenant-admin").document(board).execute();
        var map = member("komite1")
                .document("{ talentMap(periodId: " + period + ") { boxes { box count guidelinePercent }"
                        + " members { nip mapped } } }")
                .execute();
        // the board's boxes are the map's; every dimension accounts for each mapped member once, in the final box
        assertThat(after.path("calibrationBoard.boxes").entityList(Object.class).get())
                .isEqualTo(map.path("talentMap.boxes").entityList(Object.class).get());
        long mapped = map.path("talentMap.members[?(@.mapped == true)].nip")
                .entityList(String.class)
                .get()
                .size();
        for (String dimension : List.of("UNIT", "RANK", "LEVEL")) {
            List<Integer> sizes = after.path("calibrationBoard.groups[?(@.dimension == '" + dimension + "')].mapped")
                    .entityList(Integer.class)
                    .get();
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum())
                    .as(dimension)
                    .isEqualTo((int) mapped);
        }
        after.path("calibrationBoard.pending")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("calibrationBoard.groups[?(@.dimension == 'UNIT')].group")
                .entityList(String.class)
                .containsExactly("Setda")
                .path("calibrationBoard.groups[?(@.dimension == 'RANK')].group")
                .entityList(String.class)
                .containsExactly("Golongan III")
                .path("calibrationBoard.groups[?(@.dimension == 'LEVEL')].counts[7]")
                .entityList(Integer.class)
                .containsExactly(1);
        for (String role : List.of("assessor", "employee")) {
            fixture.as("x", role)
                    .document(board)
                    .execute()
                    .errors()
                    .satisfy(e -> assertThat(e)
                            .singleElement()
                            .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
    }
}
