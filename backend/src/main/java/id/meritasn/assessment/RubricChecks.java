package id.meritasn.assessment;

import id.meritasn.assessment.Rubric.DisciplineLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules a {@link Rubric} must keep, checked for {@link Rubric#problems()}. */
final class RubricChecks {

    private RubricChecks() {}

    static List<RubricProblem> problems(Rubric rubric) {
        List<RubricProblem> problems = new ArrayList<>();
        for (Indicator.Axis axis : Indicator.Axis.values()) {
            int sum = rubric.weights().entrySet().stream()
                    .filter(e -> e.getKey().axis() == axis)
                    .mapToInt(Map.Entry::getValue)
                    .sum();
            if (sum != 100) {
                problems.add(new RubricProblem(
                        "axis." + axis.name(),
                        "AXIS_SUM",
                        String.valueOf(sum),
                        "The weights of axis " + axis + " sum to " + sum + ", not 100."));
            }
        }
        for (Indicator indicator : Indicator.values()) {
            Integer weight = rubric.weights().get(indicator);
            if (weight == null) {
                problems.add(new RubricProblem(
                        "weight." + indicator.name(),
                        "MISSING",
                        null,
                        "The rubric has no weight for " + indicator + " (use 0 to leave it out)."));
            } else if (weight < 0 || weight > 100) {
                problems.add(new RubricProblem(
                        "weight." + indicator.name(),
                        "RANGE",
                        weight.toString(),
                        "The weight of " + indicator + " is " + weight + "; weights are 0 to 100."));
            }
        }
        scale(problems, "skpScale", "SKP", rubric.skpScale(), List.of(Skp.Predikat.values()));
        scale(problems, "disciplineScale", "DISCIPLINE", rubric.disciplineScale(), List.of(DisciplineLevel.values()));
        scale(problems, "educationScale", "EDUCATION", rubric.educationScale(), List.of());
        cutoff(problems, "middleCutoff", rubric.cutoffs().middle());
        cutoff(problems, "highCutoff", rubric.cutoffs().high());
        cutoff(
                problems,
                "performanceMiddleCutoff",
                rubric.performance().cutoffs().middle());
        cutoff(problems, "performanceHighCutoff", rubric.performance().cutoffs().high());
        Integer lift = rubric.performance().liftBaikAt();
        if (lift != null && (lift < 0 || lift > 100)) {
            problems.add(new RubricProblem(
                    "liftBaikAt",
                    "RANGE",
                    lift.toString(),
                    "A Baik is lifted at a reinforcing score of 0 to 100, not " + lift + "."));
        }
        if (rubric.performance().skpYears() < 1 || rubric.performance().skpYears() > 2) {
            problems.add(new RubricProblem(
                    "skpYears",
                    "RANGE",
                    String.valueOf(rubric.performance().skpYears()),
                    "The performance row uses the SKP of 1 or 2 years, not "
                            + rubric.performance().skpYears() + "."));
        }
        years(problems, "disciplineLookbackYears", rubric.validity().disciplineLookbackYears(), 1, 5);
        years(problems, "competencyYears", rubric.validity().competencyYears(), 1, 5);
        return problems;
    }

    /** Every score of a scale is 0-100 and every value that can occur has one. */
    private static <K> void scale(
            List<RubricProblem> problems, String field, String name, Map<K, Integer> scale, List<K> required) {
        for (K key : required) {
            if (!scale.containsKey(key)) {
                problems.add(new RubricProblem(
                        field + "." + key, "MISSING", null, "The " + name + " scale has no score for " + key + "."));
            }
        }
        scale.forEach((key, score) -> {
            if (score == null || score < 0 || score > 100) {
                problems.add(new RubricProblem(
                        field + "." + key,
                        "RANGE",
                        String.valueOf(score),
                        "The " + name + " scale gives " + key + " the score " + score + "; scores are 0 to 100."));
            }
        });
    }

    private static void cutoff(List<RubricProblem> problems, String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new RubricProblem(
                    field,
                    "RANGE",
                    value.toPlainString(),
                    "The " + field + " is " + value.toPlainString() + "; axis scores are 0 to 100."));
        }
    }

    private static void years(List<RubricProblem> problems, String field, int years, int min, int max) {
        if (years < min || years > max) {
            problems.add(new RubricProblem(
                    field,
                    "RANGE",
                    String.valueOf(years),
                    "The " + field + " is " + years + "; it must be " + min + " to " + max + " years."));
        }
    }
}
