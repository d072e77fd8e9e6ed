package id.meritasn.ui;

import id.meritasn.assessment.Rubric;
import id.meritasn.assessment.RubricDraft;
import id.meritasn.assessment.RubricProblem;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.ui.RubricBrowserService.RubricEdit;
import id.meritasn.ui.RubricBrowserService.ScoreInput;
import id.meritasn.ui.RubricBrowserService.WeightInput;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns what the rubric editor sent into a {@link RubricDraft}, or into the fields the form left empty. Only the
 * form's own rule lives here (every field of the editor needs a value); every rule of the rubric itself (axis sums,
 * ranges, unknown keys, cut-off order, a start date not in the past) is the backend's {@code RubricService}, the
 * same one GraphQL's saveRubric and rubricPreview apply.
 */
final class RubricEditCheck {

    private RubricEditCheck() {}

    static Outcome<RubricDraft, RubricProblem> check(RubricEdit edit) {
        List<RubricProblem> problems = new ArrayList<>();
        List<RubricDraft.Weight> weights = new ArrayList<>();
        for (WeightInput w : edit.weights()) {
            if (w.weight() == null) {
                problems.add(missing(
                        "weight." + w.indicator(), "Enter a weight for " + w.indicator() + " (0 leaves it out)."));
            } else {
                weights.add(new RubricDraft.Weight(w.indicator(), w.weight()));
            }
        }
        List<RubricDraft.Score> scores = new ArrayList<>();
        scale(RubricDraft.Scale.SKP, edit.skpScale(), scores, problems);
        scale(RubricDraft.Scale.EDUCATION, edit.educationScale(), scores, problems);
        scale(RubricDraft.Scale.DISCIPLINE, edit.disciplineScale(), scores, problems);
        number("middleCutoff", edit.middleCutoff(), problems);
        number("highCutoff", edit.highCutoff(), problems);
        number("performanceMiddleCutoff", edit.performanceMiddleCutoff(), problems);
        number("performanceHighCutoff", edit.performanceHighCutoff(), problems);
        Rubric.Performance.Model model = null;
        for (Rubric.Performance.Model m : Rubric.Performance.Model.values()) {
            model = m.name().equals(edit.performanceModel()) ? m : model;
        }
        if (model == null) {
            problems.add(new RubricProblem(
                    "performanceModel",
                    "UNKNOWN",
                    edit.performanceModel(),
                    "Choose how the performance row is placed: SKP_PREDIKAT or WEIGHTED."));
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        return Outcome.done(new RubricDraft(
                edit.effectiveFrom(),
                weights,
                scores,
                new RubricDraft.Cut(edit.middleCutoff(), edit.highCutoff()),
                new RubricDraft.Cut(edit.performanceMiddleCutoff(), edit.performanceHighCutoff()),
                model,
                edit.liftBaikAt(),
                edit.liftBaikAt() == null,
                edit.skpYears(),
                null,
                null));
    }

    private static void scale(
            RubricDraft.Scale scale,
            List<ScoreInput> inputs,
            List<RubricDraft.Score> scores,
            List<RubricProblem> problems) {
        for (ScoreInput input : inputs) {
            if (input.score() == null) {
                problems.add(missing(
                        RubricDraft.scaleField(scale) + "." + input.key(),
                        "Enter a score for " + input.key() + " in the " + scale + " scale."));
            } else {
                scores.add(new RubricDraft.Score(scale, input.key(), input.score()));
            }
        }
    }

    private static void number(String field, @Nullable Double value, List<RubricProblem> problems) {
        if (value == null || !Double.isFinite(value)) {
            problems.add(missing(field, "Enter the " + field + " (0 to 100)."));
        }
    }

    private static RubricProblem missing(String field, String message) {
        return new RubricProblem(field, "MISSING", null, message);
    }
}
