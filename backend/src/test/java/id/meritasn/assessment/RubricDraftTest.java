package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.outcome.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Rubric NATIONAL = Rubric.nationalDefault();
    static final List<String> LEVELS = List.copyOf(NATIONAL.educationScale().keySet());

    static RubricDraft draft(
            LocalDate from,
            List<RubricDraft.Weight> weights,
            List<RubricDraft.Score> scales,
            RubricDraft.Cut potential,
            RubricDraft.Cut performance) {
        return new RubricDraft(from, weights, scales, potential, performance, null, null, false, null, null, null);
    }

    static List<String> rules(Outcome<Rubric, RubricProblem> outcome) {
        return outcome.problems().stream().map(p -> p.field() + ":" + p.rule()).toList();
    }

    @Test
    void what_a_draft_leaves_out_keeps_the_version_in_force_not_the_national_default() {
        Rubric agency = NATIONAL.withCutoffs(new NineBox.Cutoffs(BigDecimal.valueOf(65), BigDecimal.valueOf(85)));
        RubricDraft onlyOneWeight = draft(
                TODAY,
                List.of(new RubricDraft.Weight("POTENTIAL", 20), new RubricDraft.Weight("EDUCATION", 15)),
                List.of(),
                null,
                new RubricDraft.Cut(null, 90.0));

        Rubric built = onlyOneWeight.applyTo(agency, LEVELS, TODAY).valueOrNull();

        assertThat(built).isNotNull();
        assertThat(built.cutoffs()).isEqualTo(agency.cutoffs());
        assertThat(built.weight(Indicator.POTENTIAL)).isEqualTo(20);
        assertThat(built.weight(Indicator.SKP)).isEqualTo(NATIONAL.weight(Indicator.SKP));
        // one performance cut-off given: the other stays
        assertThat(built.performance().cutoffs().middle()).isEqualByComparingTo("60");
        assertThat(built.performance().cutoffs().high()).isEqualByComparingTo("90");
        assertThat(built.performance().model()).isEqualTo(Rubric.Performance.Model.SKP_PREDIKAT);
    }

    @Test
    void every_broken_rule_is_named_with_its_field_and_nothing_is_built() {
        RubricDraft broken = draft(
                TODAY.minusDays(1),
                List.of(
                        new RubricDraft.Weight("SKP", 55),
                        new RubricDraft.Weight("COMMUNITY", -5),
                        new RubricDraft.Weight("CHARM", 10)),
                List.of(
                        new RubricDraft.Score(RubricDraft.Scale.SKP, "BAIK", 120),
                        new RubricDraft.Score(RubricDraft.Scale.DISCIPLINE, "UNHEARD_OF", 10),
                        new RubricDraft.Score(RubricDraft.Scale.EDUCATION, "S9", 10)),
                new RubricDraft.Cut(80.0, 80.0),
                null);

        Outcome<Rubric, RubricProblem> outcome = broken.applyTo(NATIONAL, LEVELS, TODAY);

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(rules(outcome))
                .containsExactlyInAnyOrder(
                        "effectiveFrom:PAST",
                        "weight.CHARM:UNKNOWN",
                        "skpScale.BAIK:RANGE",
                        "disciplineScale.UNHEARD_OF:UNKNOWN",
                        "educationScale.S9:UNKNOWN",
                        "highCutoff:CUTOFF_ORDER",
                        "axis.PERFORMANCE:AXIS_SUM",
                        "weight.COMMUNITY:RANGE");
        assertThat(outcome.problems())
                .filteredOn(p -> p.field().equals("axis.PERFORMANCE"))
                .singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("90"));
    }

    @Test
    void the_performance_rule_refuses_a_lift_or_years_out_of_range_and_can_be_switched_off() {
        RubricDraft wild = new RubricDraft(
                TODAY, List.of(), List.of(), null, null, Rubric.Performance.Model.WEIGHTED, 150, false, 3, 0, 9);
        assertThat(rules(wild.applyTo(NATIONAL, LEVELS, TODAY)))
                .containsExactlyInAnyOrder(
                        "liftBaikAt:RANGE", "skpYears:RANGE", "disciplineLookbackYears:RANGE", "competencyYears:RANGE");

        Rubric lifted = new RubricDraft(TODAY, List.of(), List.of(), null, null, null, 85, false, 2, null, null)
                .applyTo(NATIONAL, LEVELS, TODAY)
                .valueOrNull();
        assertThat(lifted.performance().liftBaikAt()).isEqualTo(85);
        assertThat(lifted.performance().skpYears()).isEqualTo(2);
        Rubric unlifted = new RubricDraft(TODAY, List.of(), List.of(), null, null, null, null, true, null, null, null)
                .applyTo(lifted, LEVELS, TODAY)
                .valueOrNull();
        assertThat(unlifted.performance().liftBaikAt()).isNull();
        assertThat(unlifted.performance().skpYears()).isEqualTo(2);
    }

    @Test
    void a_preview_reads_the_inputs_once_unless_the_draft_changes_what_is_read() {
        Rubric weights = draft(
                        TODAY,
                        List.of(new RubricDraft.Weight("POTENTIAL", 20), new RubricDraft.Weight("EDUCATION", 15)),
                        List.of(),
                        null,
                        null)
                .applyTo(NATIONAL, LEVELS, TODAY)
                .valueOrNull();
        Rubric community = draft(
                        TODAY,
                        List.of(new RubricDraft.Weight("FEEDBACK_360", 5), new RubricDraft.Weight("COMMUNITY", 5)),
                        List.of(),
                        null,
                        null)
                .applyTo(NATIONAL, LEVELS, TODAY)
                .valueOrNull();
        Rubric twoYears = new RubricDraft(TODAY, List.of(), List.of(), null, null, null, null, false, 2, null, null)
                .applyTo(NATIONAL, LEVELS, TODAY)
                .valueOrNull();

        assertThat(RubricService.sameReads(NATIONAL, weights)).isTrue();
        assertThat(RubricService.sameReads(NATIONAL, community)).isFalse();
        assertThat(RubricService.sameReads(NATIONAL, twoYears)).isFalse();
    }
}
