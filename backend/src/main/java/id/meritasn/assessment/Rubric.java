package id.meritasn.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How indicators become scores: a weight per indicator (each axis sums to 100), the scales that turn raw values into
 * 0-100, the evidence windows and the axis cut-offs. The national default follows DOMAIN.md; an agency overrides any
 * part, and rubrics are versioned by the service that stores them.
 *
 * @param countScale       scores for counts of awards, team assignments and certificates: {minimum count, score}
 *                         tiers, highest first
 * @param yearsScale       scores for years in the current position: {minimum years, score} tiers, highest first
 * @param minRatersPerGroup 360-degree groups with fewer raters are suppressed, so no individual answer can be inferred
 */
public record Rubric(Map<Indicator, Integer> weights, Map<Skp.Predikat, Integer> skpScale,
                     Map<String, Integer> educationScale, Map<DisciplineLevel, Integer> disciplineScale,
                     List<int[]> countScale, List<int[]> yearsScale, int fieldFitScore, int fieldMisfitScore,
                     int awardWindowYears, int teamWindowYears, int certificateWindowYears, int minRatersPerGroup,
                     NineBox.Cutoffs cutoffs) {

    /** The state of an employee's discipline record during the period. */
    public enum DisciplineLevel { NONE, LIGHT, MODERATE, SEVERE, CURRENTLY_SANCTIONED }

    public Rubric {
        weights = new EnumMap<>(weights);
        skpScale = new EnumMap<>(skpScale);
        educationScale = Map.copyOf(educationScale);
        disciplineScale = new EnumMap<>(disciplineScale);
        countScale = List.copyOf(countScale);
        yearsScale = List.copyOf(yearsScale);
    }

    /** The national default of DOMAIN.md; community input is off (weight 0) until an agency turns it on. */
    public static Rubric nationalDefault() {
        Map<Indicator, Integer> weights = new LinkedHashMap<>();
        weights.put(Indicator.SKP, 60);
        weights.put(Indicator.AWARDS, 15);
        weights.put(Indicator.TEAM_ASSIGNMENTS, 15);
        weights.put(Indicator.FEEDBACK_360, 10);
        weights.put(Indicator.COMMUNITY, 0);
        weights.put(Indicator.COMPETENCY, 20);
        weights.put(Indicator.COMPETENCY_DEVELOPMENT, 10);
        weights.put(Indicator.POSITION_EXPERIENCE, 10);
        weights.put(Indicator.POTENTIAL, 25);
        weights.put(Indicator.EDUCATION, 10);
        weights.put(Indicator.FIELD_FIT, 10);
        weights.put(Indicator.DISCIPLINE, 15);
        weights.put(Indicator.LHKPN, 0);
        return new Rubric(weights,
                Map.of(Skp.Predikat.SANGAT_BAIK, 100, Skp.Predikat.BAIK, 80, Skp.Predikat.BUTUH_PERBAIKAN, 60,
                        Skp.Predikat.KURANG, 40, Skp.Predikat.SANGAT_KURANG, 20),
                Map.of("S3", 100, "S2", 90, "S1", 80, "D4", 80, "D3", 70, "SLTA", 60, "D2", 65, "D1", 62, "SMP", 40, "SD", 30),
                Map.of(DisciplineLevel.NONE, 100, DisciplineLevel.LIGHT, 75, DisciplineLevel.MODERATE, 50,
                        DisciplineLevel.SEVERE, 25, DisciplineLevel.CURRENTLY_SANCTIONED, 0),
                List.of(new int[]{3, 100}, new int[]{2, 85}, new int[]{1, 70}, new int[]{0, 0}),
                List.of(new int[]{5, 100}, new int[]{3, 80}, new int[]{2, 70}, new int[]{0, 60}),
                100, 50, 5, 2, 5, 3, NineBox.Cutoffs.NATIONAL_DEFAULT);
    }

    /** Every problem: an axis whose weights do not sum to 100 is named with its sum. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Indicator.Axis axis : Indicator.Axis.values()) {
            int sum = weights.entrySet().stream().filter(e -> e.getKey().axis() == axis)
                    .mapToInt(Map.Entry::getValue).sum();
            if (sum != 100) {
                problems.add("The weights of axis " + axis + " sum to " + sum + ", not 100.");
            }
        }
        weights.forEach((indicator, weight) -> {
            if (weight < 0) {
                problems.add("The weight of " + indicator + " is negative (" + weight + ").");
            }
        });
        for (Indicator indicator : Indicator.values()) {
            if (!weights.containsKey(indicator)) {
                problems.add("The rubric has no weight for " + indicator + " (use 0 to leave it out).");
            }
        }
        scale(problems, "SKP", skpScale, List.of(Skp.Predikat.values()));
        scale(problems, "DISCIPLINE", disciplineScale, List.of(DisciplineLevel.values()));
        scale(problems, "EDUCATION", educationScale, List.of());
        return problems;
    }

    /** Every score of a scale is 0-100 and every value that can occur has one. */
    private static <K> void scale(List<String> problems, String name, Map<K, Integer> scale, List<K> required) {
        for (K key : required) {
            if (!scale.containsKey(key)) {
                problems.add("The " + name + " scale has no score for " + key + ".");
            }
        }
        scale.forEach((key, score) -> {
            if (score == null || score < 0 || score > 100) {
                problems.add("The " + name + " scale gives " + key + " the score " + score + "; scores are 0 to 100.");
            }
        });
    }

    int weight(Indicator indicator) {
        return weights.getOrDefault(indicator, 0);
    }

    static int tier(List<int[]> tiers, double value) {
        for (int[] tier : tiers) {
            if (value >= tier[0]) {
                return tier[1];
            }
        }
        return 0;
    }
}
