package id.meritasn.ui;

import id.meritasn.assessment.Indicator;
import id.meritasn.assessment.Rubric;
import id.meritasn.assessment.Skp;
import id.meritasn.ui.RubricBrowserService.Problem;
import id.meritasn.ui.RubricBrowserService.RubricEdit;
import id.meritasn.ui.RubricBrowserService.ScoreInput;
import id.meritasn.ui.RubricBrowserService.WeightInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RubricEditCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Rubric NATIONAL = Rubric.nationalDefault();
    static final List<String> LEVELS = List.copyOf(NATIONAL.educationScale().keySet());

    /** The national default as the editor would send it back unchanged. */
    static RubricEdit unchanged() {
        return new RubricEdit(TODAY, Arrays.stream(Indicator.values())
                .map(i -> new WeightInput(i.name(), NATIONAL.weights().get(i))).toList(),
                Arrays.stream(Skp.Predikat.values()).map(p -> new ScoreInput(p.name(), NATIONAL.skpScale().get(p))).toList(),
                LEVELS.stream().map(l -> new ScoreInput(l, NATIONAL.educationScale().get(l))).toList(),
                Arrays.stream(Rubric.DisciplineLevel.values())
                        .map(d -> new ScoreInput(d.name(), NATIONAL.disciplineScale().get(d))).toList(),
                60.0, 80.0);
    }

    static RubricEdit withWeight(RubricEdit edit, Indicator indicator, Integer weight) {
        List<WeightInput> weights = new ArrayList<>(edit.weights().stream()
                .filter(w -> !w.indicator().equals(indicator.name())).toList());
        weights.add(new WeightInput(indicator.name(), weight));
        return new RubricEdit(edit.effectiveFrom(), weights, edit.skpScale(), edit.educationScale(),
                edit.disciplineScale(), edit.middleCutoff(), edit.highCutoff());
    }

    static List<String> fields(RubricEditCheck.Outcome outcome) {
        return outcome.problems().stream().map(p -> p.field() + ":" + p.rule()).toList();
    }

    @Test
    void the_national_default_sent_back_unchanged_becomes_the_same_rubric() {
        RubricEditCheck.Outcome outcome = RubricEditCheck.check(unchanged(), NATIONAL, LEVELS, TODAY);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rubric()).isNotNull();
        assertThat(outcome.rubric().weights()).isEqualTo(NATIONAL.weights());
        assertThat(outcome.rubric().educationScale()).isEqualTo(NATIONAL.educationScale());
        assertThat(outcome.rubric().cutoffs().middle()).isEqualByComparingTo("60");
        assertThat(outcome.rubric().countScale()).isSameAs(NATIONAL.countScale());
    }

    @Test
    void an_axis_whose_weights_do_not_sum_to_100_is_named_with_its_sum() {
        RubricEditCheck.Outcome outcome = RubricEditCheck.check(withWeight(unchanged(), Indicator.SKP, 55), NATIONAL,
                LEVELS, TODAY);

        assertThat(outcome.rubric()).isNull();
        assertThat(outcome.problems()).containsExactly(new Problem("axis.PERFORMANCE", "AXIS_SUM", "95",
                "The weights of axis PERFORMANCE sum to 95, not 100."));
    }

    @Test
    void an_empty_or_out_of_range_weight_is_refused_beside_its_field() {
        RubricEdit edit = withWeight(withWeight(unchanged(), Indicator.SKP, null), Indicator.COMMUNITY, -5);

        assertThat(fields(RubricEditCheck.check(edit, NATIONAL, LEVELS, TODAY))).containsExactlyInAnyOrder(
                "weight.SKP:MISSING", "weight.COMMUNITY:RANGE", "axis.PERFORMANCE:AXIS_SUM");
    }

    @Test
    void scale_scores_must_lie_within_0_and_100_and_every_level_needs_one() {
        RubricEdit base = unchanged();
        List<ScoreInput> skp = new ArrayList<>(base.skpScale().subList(1, base.skpScale().size()));
        skp.set(0, new ScoreInput(skp.getFirst().key(), 120));
        List<ScoreInput> discipline = new ArrayList<>(base.disciplineScale());
        discipline.add(new ScoreInput("UNHEARD_OF", 10));
        RubricEdit edit = new RubricEdit(TODAY, base.weights(), skp, base.educationScale(), discipline, 60.0, 80.0);

        assertThat(fields(RubricEditCheck.check(edit, NATIONAL, LEVELS, TODAY))).containsExactlyInAnyOrder(
                "skpScale.BAIK:RANGE", "skpScale.SANGAT_BAIK:MISSING", "disciplineScale.UNHEARD_OF:UNKNOWN");
    }

    @Test
    void the_middle_cut_off_must_lie_below_the_high_one() {
        RubricEdit base = unchanged();
        RubricEdit edit = new RubricEdit(TODAY, base.weights(), base.skpScale(), base.educationScale(),
                base.disciplineScale(), 80.0, 80.0);

        assertThat(fields(RubricEditCheck.check(edit, NATIONAL, LEVELS, TODAY))).containsExactly("highCutoff:CUTOFF_ORDER");
    }

    @Test
    void a_version_needs_a_date_from_today_on() {
        RubricEdit base = unchanged();
        RubricEdit past = new RubricEdit(TODAY.minusDays(1), base.weights(), base.skpScale(), base.educationScale(),
                base.disciplineScale(), 60.0, 80.0);
        RubricEdit none = new RubricEdit(null, base.weights(), base.skpScale(), base.educationScale(),
                base.disciplineScale(), 60.0, 110.0);

        assertThat(fields(RubricEditCheck.check(past, NATIONAL, LEVELS, TODAY))).containsExactly("effectiveFrom:PAST");
        assertThat(fields(RubricEditCheck.check(none, NATIONAL, LEVELS, TODAY)))
                .containsExactlyInAnyOrder("effectiveFrom:MISSING", "highCutoff:RANGE");
    }
}
