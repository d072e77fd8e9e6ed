package id.meritasn.ui;

import id.meritasn.assessment.Indicator;
import id.meritasn.assessment.NineBox;
import id.meritasn.assessment.Rubric;
import id.meritasn.assessment.Skp;
import id.meritasn.ui.RubricBrowserService.Problem;
import id.meritasn.ui.RubricBrowserService.RubricEdit;
import id.meritasn.ui.RubricBrowserService.ScoreInput;
import id.meritasn.ui.RubricBrowserService.WeightInput;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the rubric editor sent into a {@link Rubric}, or into every problem with the field it concerns. It checks
 * only what belongs to the form: entries the page should not send (unknown indicators or levels), empty fields,
 * education levels of the reference data without a score (the rubric itself does not know the reference data), the
 * cut-offs' order (needed to build a rubric at all), and a start date not in the past, where it would quietly change
 * results computed under the old version at the next recompute. The value rules (axis sums, 0-100 ranges, required
 * SKP and discipline scores) are {@link Rubric#problems()}, the same ones GraphQL's saveRubric applies.
 */
final class RubricEditCheck {

    record Outcome(@Nullable Rubric rubric, List<Problem> problems) {
    }

    private RubricEditCheck() {
    }

    static Outcome check(RubricEdit edit, Rubric base, List<String> educationLevels, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Map<Indicator, Integer> weights = weights(edit.weights(), problems);
        Map<String, Integer> skp = scale("skpScale", edit.skpScale(),
                Arrays.stream(Skp.Predikat.values()).map(Enum::name).toList(), problems);
        Map<String, Integer> education = scale("educationScale", edit.educationScale(), educationLevels, problems);
        Map<String, Integer> discipline = scale("disciplineScale", edit.disciplineScale(),
                Arrays.stream(Rubric.DisciplineLevel.values()).map(Enum::name).toList(), problems);
        NineBox.@Nullable Cutoffs cutoffs = cutoffs(edit.middleCutoff(), edit.highCutoff(), problems);
        if (edit.effectiveFrom() == null) {
            problems.add(new Problem("effectiveFrom", "MISSING", null, "Choose the date the version takes effect."));
        } else if (edit.effectiveFrom().isBefore(today)) {
            problems.add(new Problem("effectiveFrom", "PAST", edit.effectiveFrom().toString(),
                    "A new version takes effect today or later, not on " + edit.effectiveFrom() + "."));
        }
        Map<Skp.Predikat, Integer> skpScale = new EnumMap<>(Skp.Predikat.class);
        skp.forEach((k, v) -> skpScale.put(Skp.Predikat.valueOf(k), v));
        Map<Rubric.DisciplineLevel, Integer> disciplineScale = new EnumMap<>(Rubric.DisciplineLevel.class);
        discipline.forEach((k, v) -> disciplineScale.put(Rubric.DisciplineLevel.valueOf(k), v));
        // without valid cut-offs the base's stand in, so the rubric's other rules are still reported
        Rubric rubric = new Rubric(weights, skpScale, education, disciplineScale, base.countScale(), base.yearsScale(),
                base.fieldFitScore(), base.fieldMisfitScore(), base.awardWindowYears(), base.teamWindowYears(),
                base.certificateWindowYears(), base.minRatersPerGroup(), cutoffs == null ? base.cutoffs() : cutoffs);
        Set<String> reported = new HashSet<>();
        problems.forEach(p -> reported.add(p.field() + ":" + p.rule()));
        rubric.problems().stream().filter(p -> reported.add(p.field() + ":" + p.rule()))
                .forEach(p -> problems.add(new Problem(p.field(), p.rule(), p.value(), p.message())));
        return new Outcome(problems.isEmpty() && cutoffs != null ? rubric : null, problems);
    }

    /** The weights entered by indicator (out-of-range ones too: the rubric's rules name them and count them in sums). */
    private static Map<Indicator, Integer> weights(List<WeightInput> inputs, List<Problem> problems) {
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (WeightInput input : inputs) {
            Indicator indicator = Arrays.stream(Indicator.values()).filter(i -> i.name().equals(input.indicator()))
                    .findFirst().orElse(null);
            String field = "weight." + input.indicator();
            if (indicator == null) {
                problems.add(new Problem(field, "UNKNOWN", input.indicator(),
                        "There is no indicator " + input.indicator() + "."));
            } else if (input.weight() == null) {
                problems.add(new Problem(field, "MISSING", null, "Enter a weight for " + indicator
                        + " (0 leaves it out)."));
            } else {
                weights.put(indicator, input.weight());
            }
        }
        return weights;
    }

    /** The scores entered for known keys; every key needs one. */
    private static Map<String, Integer> scale(String name, List<ScoreInput> inputs, List<String> keys,
                                              List<Problem> problems) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (ScoreInput input : inputs) {
            if (!keys.contains(input.key())) {
                problems.add(new Problem(name + "." + input.key(), "UNKNOWN", input.key(),
                        name + " has no entry " + input.key() + "."));
            } else if (input.score() != null) {
                scores.put(input.key(), input.score());
            }
        }
        keys.stream().filter(k -> !scores.containsKey(k)).forEach(k -> problems.add(new Problem(name + "." + k,
                "MISSING", null, "Enter a score for " + k + " in " + name + ".")));
        return scores;
    }

    /** Both cut-offs entered, the middle one below the high one (their 0-100 range is the rubric's rule). */
    private static NineBox.@Nullable Cutoffs cutoffs(@Nullable Double middle, @Nullable Double high,
                                                    List<Problem> problems) {
        boolean entered = entered("middleCutoff", middle, problems) & entered("highCutoff", high, problems);
        if (!entered) {
            return null;
        }
        if (middle >= high) {
            problems.add(new Problem("highCutoff", "CUTOFF_ORDER", high.toString(),
                    "The high cut-off (" + high + ") must be above the middle one (" + middle + ")."));
            return null;
        }
        return new NineBox.Cutoffs(BigDecimal.valueOf(middle), BigDecimal.valueOf(high));
    }

    private static boolean entered(String field, @Nullable Double value, List<Problem> problems) {
        if (value == null || !Double.isFinite(value)) {
            problems.add(new Problem(field, "MISSING", null, "Enter the " + field + " (0 to 100)."));
            return false;
        }
        return true;
    }
}
