package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.CompletenessService;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.CommitteeService;
import id.meritasn.succession.SuccessionPlanningService;
import id.meritasn.succession.SuccessionRecords.MemberRole;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.ui.BrowserScript;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two members of Tangerang's talent committee calibrate the open demo period on the talent-review board in Chromium:
 * one drags an employee from box 5 onto box 8, the move waits; the other agrees on the same board; once the period
 * is published, the employee is in the talent pool in box 8.
 */
class CalibrationBoardEndToEndIT extends KeycloakPlatformTest {

    static final String AGENCY = "tangerang";

    @Autowired
    AssessmentService assessments;

    @Autowired
    CalibrationService calibration;

    @Autowired
    CompletenessService completeness;

    @Autowired
    TalentMapService talentMaps;

    @Autowired
    EmployeeService employees;

    @Autowired
    CommitteeService committee;

    @Autowired
    SuccessionPlanningService planning;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    static <T> T asCommitteeMember(String username, Supplier<T> task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                AuthorityUtils.createAuthorityList("ROLE_TALENT_COMMITTEE", AgencyAuthorities.PREFIX + AGENCY)));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void two_committee_members_calibrate_on_the_board_and_the_pool_follows_the_agreed_move() throws Exception {
        // the open demo period goes into calibration; an employee the computation put in box 5 is the one to move
        record Chosen(long period, String nip, String name) {}
        Chosen chosen = SystemActor.callForAgency(AGENCY, () -> {
            long period = assessments.periods(AGENCY).stream()
                    .filter(p -> p.status() == PeriodStatus.OPEN)
                    .findFirst()
                    .orElseThrow()
                    .id();
            calibration.startCalibration(AGENCY, period).orElseThrow();
            TalentResult inBox5 = talentMaps.talentMap(AGENCY, period).members().stream()
                    .filter(r -> r.mapped() && Integer.valueOf(5).equals(r.box()))
                    .min(java.util.Comparator.comparing(TalentResult::nip))
                    .orElseThrow();
            return new Chosen(
                    period,
                    inBox5.nip(),
                    employees.findAll(AGENCY, List.of(inBox5.nip())).getFirst().fullName());
        });
        LocalDate today = LocalDate.now(clock);
        asCommitteeMember(
                "tangerang.komite",
                () -> committee.createSession(
                        AGENCY,
                        "Rapat kalibrasi 2026",
                        today,
                        2,
                        List.of(
                                new CommitteeService.MemberInput(
                                        "tangerang.ketua", "Ketua Komite", MemberRole.CHAIR, true),
                                new CommitteeService.MemberInput(
                                        "tangerang.komite", "Anggota Komite", MemberRole.MEMBER, true)),
                        "tangerang.komite"));

        BrowserScript.Result proposed =
                BrowserScript.run("calibration.mjs", APP, "propose", "tangerang.komite", chosen.nip(), chosen.name());
        assertThat(proposed.exitCode()).as(proposed.output()).isZero();
        assertThat(proposed.output()).contains("calibration propose: OK");
        Map<String, Object> pending = jdbc.queryForMap(
                "SELECT status, from_box::int AS from_box, to_box::int AS to_box, moved_by FROM t_" + AGENCY
                        + ".calibration_move WHERE period_id = ? AND nip = ?",
                chosen.period(),
                chosen.nip());
        assertThat(pending)
                .containsEntry("status", "PENDING")
                .containsEntry("moved_by", "tangerang.komite")
                .containsEntry("from_box", 5)
                .containsEntry("to_box", 8);

        BrowserScript.Result agreed =
                BrowserScript.run("calibration.mjs", APP, "agree", "tangerang.ketua", chosen.nip(), chosen.name());
        assertThat(agreed.exitCode()).as(agreed.output()).isZero();
        assertThat(agreed.output()).contains("calibration agree: OK");

        List<PoolMember> pool = SystemActor.callForAgency(AGENCY, () -> {
            calibration.closeCalibration(AGENCY, chosen.period()).orElseThrow();
            assertThat(completeness.declareAll(AGENCY, chosen.period(), "e2e")).isEmpty();
            calibration.publish(AGENCY, chosen.period()).orElseThrow();
            return planning.talentPool(AGENCY, chosen.period());
        });
        assertThat(pool)
                .filteredOn(m -> m.nip().equals(chosen.nip()))
                .singleElement()
                .satisfies(m -> assertThat(m.box()).isEqualTo(8));
        assertThat(jdbc.queryForObject(
                        "SELECT decided_by FROM t_" + AGENCY + ".calibration_move WHERE period_id = ?" + " AND nip = ?",
                        String.class,
                        chosen.period(),
                        chosen.nip()))
                .isEqualTo("tangerang.ketua");
    }
}
