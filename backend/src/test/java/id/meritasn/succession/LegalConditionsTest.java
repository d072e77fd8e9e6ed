package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import id.meritasn.succession.Eligibility.Candidate;
import id.meritasn.succession.Eligibility.Golongan;
import id.meritasn.succession.Eligibility.Level;
import id.meritasn.succession.Eligibility.Outcome;
import id.meritasn.succession.Eligibility.Rule;
import id.meritasn.succession.Eligibility.Target;
import id.meritasn.succession.LegalConditions.Education;
import id.meritasn.succession.LegalConditions.Spell;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legal conditions of a level on what is on record, each with its evidence and source. */
class LegalConditionsTest {

    static final LocalDate ON = LocalDate.of(2026, 12, 1);
    static final Map<String, Integer> EDUCATION = Map.of("SLTA", 2, "D3", 5, "D4", 6, "S1", 7, "S2", 8);
    static final Map<String, String> NAMES = Map.of(
            "PELAKSANA",
            "Pelaksana",
            "ADMINISTRATOR",
            "Administrator",
            "AHLI_MADYA",
            "Ahli Madya",
            "PENGAWAS",
            "Pengawas");
    static final String SOURCE = "PP 11/2017 Pasal 107 huruf c jo. PP 17/2020";

    static LegalRule rule(
            String level,
            LegalRule.Condition condition,
            String education,
            Integer years,
            List<String> prior,
            Integer age,
            LocalDate from,
            LocalDate to) {
        return new LegalRule(1, level, condition, education, years, prior, age, SOURCE, from, to);
    }

    static final LocalDate SINCE = LocalDate.of(2020, 2, 28);
    static final List<LegalRule> JPT_PRATAMA = List.of(
            rule("JPT_PRATAMA", LegalRule.Condition.EDUCATION, "D4", null, List.of(), null, SINCE, null),
            rule("JPT_PRATAMA", LegalRule.Condition.EXPERIENCE, null, 5, List.of(), null, SINCE, null),
            rule(
                    "JPT_PRATAMA",
                    LegalRule.Condition.PRIOR_POSITION,
                    null,
                    2,
                    List.of("ADMINISTRATOR", "AHLI_MADYA"),
                    null,
                    SINCE,
                    null),
            rule("JPT_PRATAMA", LegalRule.Condition.AGE, null, null, List.of(), 56, SINCE, null));
    static final Target KADIS =
            new Target(null, new Level("JPT_PRATAMA", "JPT Pratama", 7), List.of(), JPT_PRATAMA, EDUCATION, NAMES);

    static Candidate candidate(LocalDate birth, List<Education> education, List<Spell> spells) {
        return new Candidate(
                new Golongan("IV/c", 15),
                LocalDate.of(2022, 4, 1),
                new Level("ADMINISTRATOR", "Administrator", 6),
                Map.of(),
                List.of(),
                new Eligibility.Record(birth, education, spells));
    }

    static Outcome outcome(Eligibility.Result result, Rule rule) {
        return result.check(rule).outcome();
    }

    @Test
    void a_kabag_of_three_years_with_an_s2_aged_50_meets_jpt_pratama_with_structural_years_as_related_experience() {
        var result = Eligibility.assess(
                KADIS,
                candidate(
                        LocalDate.of(1976, 5, 1),
                        List.of(new Education("S2", 8, "S2 Administrasi Publik, UI (2010)")),
                        List.of(
                                new Spell(
                                        "PENGAWAS", "Kepala Seksi", LocalDate.of(2015, 1, 1), LocalDate.of(2023, 1, 1)),
                                new Spell("ADMINISTRATOR", "Kepala Bagian", LocalDate.of(2023, 1, 1), null))),
                ON);

        assertThat(outcome(result, Rule.EDUCATION)).isEqualTo(Outcome.MET);
        assertThat(outcome(result, Rule.PRIOR_POSITION)).isEqualTo(Outcome.MET);
        assertThat(outcome(result, Rule.AGE)).isEqualTo(Outcome.MET);
        // 11.9 years in structural posts, the target's track: related experience enough
        assertThat(result.check(Rule.EXPERIENCE).outcome()).isEqualTo(Outcome.MET);
        assertThat(result.check(Rule.EXPERIENCE).reason()).contains("11.9 years in posts of the target's track");
        assertThat(result.checks()).extracting(Eligibility.Check::rule).doesNotContain(Rule.POSITION_LEVEL);
        assertThat(result.check(Rule.PRIOR_POSITION).evidence())
                .contains("Kepala Bagian (ADMINISTRATOR) 2023-01-01 to now");
        assertThat(result.check(Rule.AGE).source()).isEqualTo(SOURCE + " (berlaku sejak 2020-02-28)");
        assertThat(result.overall()).isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
    }

    @Test
    void years_only_outside_the_target_s_track_are_for_the_committee_to_relate() {
        var result = Eligibility.assess(
                KADIS,
                candidate(
                        LocalDate.of(1976, 5, 1),
                        List.of(new Education("S2", 8, "S2 Kesehatan Masyarakat, UI (2010)")),
                        List.of(
                                new Spell(
                                        "AHLI_MUDA",
                                        "Epidemiolog Ahli Muda",
                                        LocalDate.of(2014, 1, 1),
                                        LocalDate.of(2023, 1, 1)),
                                new Spell("ADMINISTRATOR", "Kepala Bagian", LocalDate.of(2023, 1, 1), null))),
                ON);

        assertThat(result.check(Rule.EXPERIENCE).outcome()).isEqualTo(Outcome.NEEDS_MANUAL_CHECK);
        assertThat(result.check(Rule.EXPERIENCE).reason())
                .contains("of them in the target's track")
                .contains("the committee confirms");
    }

    @Test
    void each_condition_fails_on_its_own_limit_with_what_would_close_the_gap() {
        var result = Eligibility.assess(
                KADIS,
                candidate(
                        LocalDate.of(1969, 11, 30),
                        List.of(new Education("D3", 5, "D3 Akuntansi, Polmed (1990)")),
                        List.of(new Spell("ADMINISTRATOR", "Kepala Bagian", LocalDate.of(2025, 6, 1), null))),
                ON);

        // 57 on the day, D3 below D4, 1.5 years as Administrator, 1.5 years in positions at all
        assertThat(outcome(result, Rule.AGE)).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(result, Rule.EDUCATION)).isEqualTo(Outcome.NOT_MET);
        assertThat(result.check(Rule.PRIOR_POSITION).gap()).isEqualTo("0.5 more years as Administrator / Ahli Madya.");
        assertThat(result.check(Rule.EXPERIENCE).gap()).isEqualTo("3.5 more years.");
        assertThat(result.overall()).isEqualTo(Outcome.NOT_MET);
        // a day younger is within the limit: 56 on the day of the check
        assertThat(outcome(
                        Eligibility.assess(KADIS, candidate(LocalDate.of(1969, 12, 2), List.of(), List.of()), ON),
                        Rule.AGE))
                .isEqualTo(Outcome.MET);
    }

    @Test
    void missing_records_are_a_manual_check_and_a_rule_out_of_force_does_not_apply() {
        var result = Eligibility.assess(KADIS, candidate(null, List.of(), List.of()), ON);
        assertThat(result.checks())
                .filteredOn(c -> c.source() != null)
                .extracting(Eligibility.Check::outcome)
                .containsOnly(Outcome.NEEDS_MANUAL_CHECK);

        var ended = new Target(
                null,
                KADIS.level(),
                List.of(),
                List.of(rule(
                        "JPT_PRATAMA", LegalRule.Condition.AGE, null, null, List.of(), 30, SINCE, ON.minusDays(1))),
                EDUCATION,
                NAMES);
        assertThat(Eligibility.assess(ended, candidate(LocalDate.of(1976, 5, 1), List.of(), List.of()), ON)
                        .checks())
                .extracting(Eligibility.Check::rule)
                .doesNotContain(Rule.AGE);
    }

    @Test
    void a_history_entry_without_an_end_date_ends_where_the_next_begins() {
        var spells = CandidateRanking.spells(List.of(
                new PositionHistoryEntry("Kepala Bagian", "ADMINISTRATOR", null, LocalDate.of(2023, 1, 1), null),
                new PositionHistoryEntry("Kepala Seksi", "PENGAWAS", null, LocalDate.of(2015, 1, 1), null)));
        assertThat(spells).extracting(Spell::level).containsExactly("PENGAWAS", "ADMINISTRATOR");
        assertThat(spells.getFirst().to()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(spells.getLast().to()).isNull();
        assertThat(LegalConditions.years(spells, ON)).isCloseTo(11.92, org.assertj.core.data.Offset.offset(0.01));
    }
}
