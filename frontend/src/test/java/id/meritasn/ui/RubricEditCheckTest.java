package id.meritasn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.Indicator;
import id.meritasn.assessment.Rubric;
import id.meritasn.assessment.RubricDraft;
import id.meritasn.assessment.RubricProblem;
import id.meritasn.assessment.Skp;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.ui.RubricBrowserService.RubricEdit;
import id.meritasn.ui.RubricBrowserService.ScoreInput;
import id.meritasn.ui.RubricBrowserService.WeightInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's form becomes a draft, or names every field left empty; the rubric's rules are RubricDraftTest's. */
class RubricEditCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Rubric NATIONAL = Rubric.nationalDefault();

    /** The national default as the editor would send it back unchanged. */
    static RubricEdit unchanged(List<WeightInput> weights, String model, Integer lift) {
        return new RubricEdit(
                TODAY,
                weights,
                Arrays.stream(Skp.Predikat.values())
                        .map(p -> new ScoreInput(p.name(), NATIONAL.skpScale().get(p)))
                        .toList(),
                NATIONAL.educationScale().keySet().stream()
                        .map(l -> new ScoreInput(l, NATIONAL.educationScale().get(l)))
                        .toList(),
                Arrays.stream(Rubric.DisciplineLevel.values())
                        .map(d -> new ScoreInput(
                                d.name(), NATIONAL.disciplineScale().get(d)))
                        .toList(),
                60.0,
                80.0,
                model,
                60.0,
                80.0,
                lift,
                1);
    }

    static List<WeightInput> weights() {
        return Arrays.stream(Indicator.values())
                .map(i -> new WeightInput(i.name(), NATIONAL.weights().get(i)))
                .toList();
    }

    @Test
    void a_complete_form_becomes_a_draft_with_every_value_and_an_empty_lift_removes_the_lift() {
        Outcome<RubricDraft, RubricProblem> outcome = RubricEditCheck.check(unchanged(weights(), "SKP_PREDIKAT", null));

        assertThat(outcome.problems()).isEmpty();
        RubricDraft draft = outcome.valueOrNull();
        assertThat(draft).isNotNull();
        assertThat(draft.weights()).hasSize(Indicator.values().length);
        assertThat(draft.scales())
                .hasSize(Skp.Predikat.values().length
                        + NATIONAL.educationScale().size()
                        + Rubric.DisciplineLevel.values().length);
        assertThat(draft.performanceModel()).isEqualTo(Rubric.Performance.Model.SKP_PREDIKAT);
        assertThat(draft.noLift()).isTrue();
        assertThat(RubricEditCheck.check(unchanged(weights(), "WEIGHTED", 85)).valueOrNull())
                .satisfies(d -> {
                    assertThat(d.noLift()).isFalse();
                    assertThat(d.liftBaikAt()).isEqualTo(85);
                });
    }

    @Test
    void empty_fields_and_an_unknown_model_are_named_and_no_draft_is_made() {
        List<WeightInput> weights = new ArrayList<>(weights());
        weights.set(0, new WeightInput(weights.getFirst().indicator(), null));
        RubricEdit base = unchanged(weights, "BY_MOOD", null);
        RubricEdit edit = new RubricEdit(
                null,
                weights,
                base.skpScale(),
                base.educationScale(),
                List.of(new ScoreInput("NONE", null)),
                null,
                80.0,
                "BY_MOOD",
                60.0,
                Double.NaN,
                null,
                1);

        Outcome<RubricDraft, RubricProblem> outcome = RubricEditCheck.check(edit);

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(outcome.problems())
                .extracting(p -> p.field() + ":" + p.rule())
                .containsExactlyInAnyOrder(
                        "weight." + weights.getFirst().indicator() + ":MISSING",
                        "disciplineScale.NONE:MISSING",
                        "middleCutoff:MISSING",
                        "performanceHighCutoff:MISSING",
                        "performanceModel:UNKNOWN");
    }
}
