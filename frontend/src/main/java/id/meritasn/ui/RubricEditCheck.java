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
 * Turns what the rubric editor sent into a {@link Rubric}, or into every problem with the field it concerns. Beyond
 * {@link Rubric#problems()} (axis sums, negative or missing weights) it checks what the score engine relies on: every
 * SKP predikat, education level and discipline level has a score of 0-100 (a level without one would leave its
 * employees unmapped, a predikat without one would break the computation), the cut-offs lie within 0-100 with the
 * middle one below the high one, and a version does not start in the past, where it would quietly change results
 * computed under the old one at the next recompute.
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
        if (!problems.isEmpty() || cutoffs == null) {
            return new Outcome(null, problems);
        }
        Map<Skp.Predikat, Integer> skpScale = new EnumMap<>(Skp.Predikat.class);
        skp.forEach((k, v) -> skpScale.put(Skp.Predikat.valueOf(k), v));
        Map<Rubric.DisciplineLevel, Integer> disciplineScale = new EnumMap<>(Rubric.DisciplineLevel.class);
        discipline.forEach((k, v) -> disciplineScale.put(Rubric.DisciplineLevel.valueOf(k), v));
        Rubric rubric = new Rubric(weights, skpScale, education, disciplineScale, base.countScale(), base.yearsScale(),
                base.fieldFitScore(), base.fieldMisfitScore(), base.awardWindowYears(), base.teamWindowYears(),
                base.certificateWindowYears(), base.minRatersPerGroup(), cutoffs);
        // the rubric's own rules stay the last word, should they grow beyond the checks here
        rubric.problems().forEach(p -> problems.add(new Problem("rubric", "REFUSED", null, p)));
        return new Outcome(problems.isEmpty() ? rubric : null, problems);
    }

    /** Valid weights by indicator; the axis sums count every number entered, as the page's live sums do. */
    private static Map<Indicator, Integer> weights(List<WeightInput> inputs, List<Problem> problems) {
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        Map<Indicator.Axis, Integer> sums = new EnumMap<>(Indicator.Axis.class);
        Set<Indicator> seen = new HashSet<>();
        for (WeightInput input : inputs) {
            Indicator indicator = Arrays.stream(Indicator.values()).filter(i -> i.name().equals(input.indicator()))
                    .findFirst().orElse(null);
            String field = "weight." + input.indicator();
            if (indicator == null) {
                problems.add(new Problem(field, "UNKNOWN", input.indicator(),
                        "There is no indicator " + input.indicator() + "."));
                continue;
            }
            seen.add(indicator);
            Integer weight = input.weight();
            if (weight == null) {
                problems.add(new Problem(field, "MISSING", null, "Enter a weight for " + indicator
                        + " (0 leaves it out)."));
                continue;
            }
            sums.merge(indicator.axis(), weight, Integer::sum);
            if (weight < 0 || weight > 100) {
                problems.add(new Problem(field, "RANGE", weight.toString(),
                        "The weight of " + indicator + " is " + weight + "; weights are 0 to 100."));
            } else {
                weights.put(indicator, weight);
            }
        }
        for (Indicator indicator : Indicator.values()) {
            if (!seen.contains(indicator)) {
                problems.add(new Problem("weight." + indicator.name(), "MISSING", null,
                        "Enter a weight for " + indicator + " (0 leaves it out)."));
            }
        }
        for (Indicator.Axis axis : Indicator.Axis.values()) {
            int sum = sums.getOrDefault(axis, 0);
            if (sum != 100) {
                problems.add(new Problem("axis." + axis.name(), "AXIS_SUM", String.valueOf(sum),
                        "The weights of axis " + axis + " sum to " + sum + ", not 100."));
            }
        }
        return weights;
    }

    /** Every key needs a score of 0-100, and only known keys may have one. */
    private static Map<String, Integer> scale(String name, List<ScoreInput> inputs, List<String> keys,
                                              List<Problem> problems) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ScoreInput input : inputs) {
            String field = name + "." + input.key();
            if (!keys.contains(input.key())) {
                problems.add(new Problem(field, "UNKNOWN", input.key(), name + " has no entry " + input.key() + "."));
                continue;
            }
            seen.add(input.key());
            Integer score = input.score();
            if (score == null) {
                problems.add(new Problem(field, "MISSING", null, "Enter a score for " + input.key() + " in " + name + "."));
            } else if (score < 0 || score > 100) {
                problems.add(new Problem(field, "RANGE", score.toString(),
                        "The score of " + input.key() + " in " + name + " is " + score + "; scores are 0 to 100."));
            } else {
                scores.put(input.key(), score);
            }
        }
        keys.stream().filter(k -> !seen.contains(k)).forEach(k -> problems.add(new Problem(name + "." + k, "MISSING",
                null, "Enter a score for " + k + " in " + name + ".")));
        return scores;
    }

    private static NineBox.@Nullable Cutoffs cutoffs(@Nullable Double middle, @Nullable Double high,
                                                    List<Problem> problems) {
        boolean middleValid = cutoff("middleCutoff", middle, problems);
        boolean highValid = cutoff("highCutoff", high, problems);
        if (!middleValid || !highValid) {
            return null;
        }
        if (middle >= high) {
            problems.add(new Problem("highCutoff", "CUTOFF_ORDER", high.toString(),
                    "The high cut-off (" + high + ") must be above the middle one (" + middle + ")."));
            return null;
        }
        return new NineBox.Cutoffs(BigDecimal.valueOf(middle), BigDecimal.valueOf(high));
    }

    private static boolean cutoff(String field, @Nullable Double value, List<Problem> problems) {
        if (value == null || !Double.isFinite(value)) {
            problems.add(new Problem(field, "MISSING", null, "Enter the " + field + " (0 to 100)."));
            return false;
        }
        if (value < 0 || value > 100) {
            problems.add(new Problem(field, "RANGE", value.toString(), "The " + field + " is " + value
                    + "; axis scores are 0 to 100."));
            return false;
        }
        return true;
    }
}
