package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.JobPersonMatch.Filling;
import id.meritasn.assessment.JobPersonMatch.Requirement;
import id.meritasn.succession.Eligibility.Candidate;
import id.meritasn.succession.Eligibility.Golongan;
import id.meritasn.succession.Eligibility.Level;
import id.meritasn.succession.Eligibility.Outcome;
import id.meritasn.succession.Eligibility.Rule;
import id.meritasn.succession.Eligibility.Sanction;
import id.meritasn.succession.Eligibility.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final LocalDate ON = LocalDate.of(2027, 1, 15);
    static final Golongan III_B = new Golongan("III/b", 10);
    static final Golongan III_C = new Golongan("III/c", 11);
    static final Golongan III_D = new Golongan("III/d", 12);
    static final Golongan IV_A = new Golongan("IV/a", 13);
    static final Level PELAKSANA = new Level("PELAKSANA", "Pelaksana", 1);
    static final Level PENGAWAS = new Level("PENGAWAS", "Pengawas", 5);
    static final Level ADMINISTRATOR = new Level("ADMINISTRATOR", "Administrator", 6);
    static final Level JPT_PRATAMA = new Level("JPT_PRATAMA", "JPT Pratama", 7);
    /** Required levels sum to 25: 17 of 25 is exactly 68%. */
    static final List<Requirement> STANDARD = List.of(
            new Requirement("integritas", 5),
            new Requirement("kerja_sama", 5),
            new Requirement("komunikasi", 5),
            new Requirement("pengambilan_keputusan", 5),
            new Requirement("perekat_bangsa", 5));

    static final Target KABID = new Target(IV_A, ADMINISTRATOR, STANDARD);

    static Map<String, Integer> levels(int... values) {
        return Map.of(
                "integritas",
                values[0],
                "kerja_sama",
                values[1],
                "komunikasi",
                values[2],
                "pengambilan_keputusan",
                values[3],
                "perekat_bangsa",
                values[4]);
    }

    static Candidate candidate(Golongan golongan, Level position) {
        return new Candidate(golongan, LocalDate.of(2024, 4, 1), position, levels(4, 4, 4, 4, 4), List.of());
    }

    @Test
    void a_candidate_who_meets_every_rule_is_eligible() {
        var result = Eligibility.assess(KABID, candidate(IV_A, ADMINISTRATOR), ON);

        assertThat(result.overall()).isEqualTo(Outcome.MET);
        // no legal conditions for the level: the platform's four rules
        assertThat(result.checks())
                .extracting(Eligibility.Check::rule)
                .containsExactly(Rule.RANK, Rule.POSITION_LEVEL, Rule.JPM, Rule.DISCIPLINE);
        assertThat(result.jpmPercent()).isEqualByComparingTo("80");
        assertThat(result.jpmCategory()).isEqualTo(Filling.MEMENUHI_SYARAT);
    }

    @Test
    void rank_exactly_one_level_below_the_minimum_is_met_and_two_below_is_not() {
        var oneBelow = Eligibility.assess(KABID, candidate(III_D, PENGAWAS), ON).check(Rule.RANK);
        var twoBelow = Eligibility.assess(KABID, candidate(III_C, PENGAWAS), ON).check(Rule.RANK);
        var threeBelow =
                Eligibility.assess(KABID, candidate(III_B, PENGAWAS), ON).check(Rule.RANK);

        assertThat(oneBelow.outcome()).isEqualTo(Outcome.MET);
        assertThat(oneBelow.reason()).isEqualTo("Golongan III/d is one level below the required IV/a.");
        assertThat(twoBelow.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(twoBelow.reason()).contains("2 levels below the required IV/a");
        assertThat(twoBelow.gap())
                .isEqualTo("1 more rank promotion(s), at the earliest about 2028-04-01"
                        + " (a regular promotion every 4 years).");
        assertThat(threeBelow.gap()).startsWith("2 more rank promotion(s), at the earliest about 2032-04-01");
    }

    @Test
    void a_position_without_a_minimum_golongan_needs_a_manual_rank_check() {
        var check = Eligibility.assess(new Target(null, ADMINISTRATOR, STANDARD), candidate(III_B, PENGAWAS), ON)
                .check(Rule.RANK);

        assertThat(check.outcome()).isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
        assertThat(check.reason()).contains("no minimum golongan");
    }

    @Test
    void position_level_one_below_is_met_two_below_is_not_and_none_needs_a_manual_check() {
        assertThat(Eligibility.assess(KABID, candidate(IV_A, PENGAWAS), ON)
                        .check(Rule.POSITION_LEVEL)
                        .outcome())
                .isEqualTo(Outcome.MET);
        assertThat(Eligibility.assess(KABID, candidate(IV_A, JPT_PRATAMA), ON)
                        .check(Rule.POSITION_LEVEL)
                        .outcome())
                .isEqualTo(Outcome.MET);
        var twoBelow = Eligibility.assess(new Target(IV_A, JPT_PRATAMA, STANDARD), candidate(IV_A, PENGAWAS), ON)
                .check(Rule.POSITION_LEVEL);
        assertThat(twoBelow.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(twoBelow.gap()).contains("1 level(s) higher");
        assertThat(Eligibility.assess(KABID, new Candidate(IV_A, null, null, levels(4, 4, 4, 4, 4), List.of()), ON)
                        .check(Rule.POSITION_LEVEL)
                        .outcome())
                .isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
        assertThat(Eligibility.assess(KABID, candidate(IV_A, PELAKSANA), ON)
                        .check(Rule.POSITION_LEVEL)
                        .outcome())
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void jpm_at_exactly_68_percent_is_masih_memenuhi_syarat_and_met_just_below_is_not() {
        var at68 = Eligibility.assess(
                KABID, new Candidate(IV_A, null, ADMINISTRATOR, levels(4, 4, 3, 3, 3), List.of()), ON);
        var at64 = Eligibility.assess(
                KABID, new Candidate(IV_A, null, ADMINISTRATOR, levels(4, 3, 3, 3, 3), List.of()), ON);

        assertThat(at68.jpmPercent()).isEqualByComparingTo("68");
        assertThat(at68.jpmCategory()).isEqualTo(Filling.MASIH_MEMENUHI_SYARAT);
        assertThat(at68.check(Rule.JPM).outcome()).isEqualTo(Outcome.MET);
        assertThat(at68.check(Rule.JPM).reason()).contains("68%", "masih memenuhi syarat");
        assertThat(at64.jpmPercent()).isEqualByComparingTo("64");
        assertThat(at64.check(Rule.JPM).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(at64.check(Rule.JPM).gap()).contains("integritas 4 to 5", "kerja_sama 3 to 5");
        assertThat(at64.overall()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void jpm_without_an_assessment_a_standard_or_one_required_level_needs_a_manual_check() {
        assertThat(Eligibility.assess(KABID, new Candidate(IV_A, null, ADMINISTRATOR, null, List.of()), ON)
                        .check(Rule.JPM)
                        .outcome())
                .isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
        assertThat(Eligibility.assess(new Target(IV_A, ADMINISTRATOR, List.of()), candidate(IV_A, ADMINISTRATOR), ON)
                        .check(Rule.JPM)
                        .outcome())
                .isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
        var partial = Eligibility.assess(
                KABID, new Candidate(IV_A, null, ADMINISTRATOR, Map.of("integritas", 5), List.of()), ON);
        assertThat(partial.check(Rule.JPM).outcome()).isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
        assertThat(partial.check(Rule.JPM).reason()).contains("for kerja_sama of");
        // the same text as a code with its argument, for the UI to show in the user's language
        assertThat(partial.check(Rule.JPM).reasonText().code()).isEqualTo("eligibility.JPM_COMPETENCY_MISSING");
        assertThat(partial.check(Rule.JPM).reasonText().args()).containsEntry("competency", "kerja_sama");
        assertThat(partial.overall()).isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
        assertThat(partial.jpmPercent()).isNull();
    }

    @Test
    void a_sanction_in_force_on_the_date_fails_including_its_first_and_last_day_but_not_the_day_after() {
        Sanction endsOn = new Sanction("MODERATE", LocalDate.of(2026, 1, 15), ON);
        Sanction startsOn = new Sanction("LIGHT", ON, ON.plusMonths(6));
        Sanction ended = new Sanction("SEVERE", LocalDate.of(2025, 1, 1), ON.minusDays(1));
        Sanction open = new Sanction("LIGHT", LocalDate.of(2026, 6, 1), null);
        Sanction future = new Sanction("LIGHT", ON.plusDays(1), null);

        assertThat(discipline(endsOn).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(discipline(endsOn).gap()).isEqualTo("Eligible again from 2027-01-16.");
        assertThat(discipline(startsOn).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(discipline(open).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(discipline(open).reason()).contains("without an end date");
        assertThat(discipline(ended).outcome()).isEqualTo(Outcome.MET);
        assertThat(discipline(future).outcome()).isEqualTo(Outcome.MET);
    }

    static Eligibility.Check discipline(Sanction sanction) {
        return Eligibility.assess(
                        KABID, new Candidate(IV_A, null, ADMINISTRATOR, levels(4, 4, 4, 4, 4), List.of(sanction)), ON)
                .check(Rule.DISCIPLINE);
    }
}
