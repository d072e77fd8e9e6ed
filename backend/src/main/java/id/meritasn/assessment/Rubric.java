package id.meritasn.assessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How indicators become scores: a weight per indicator (each axis sums to 100), the scales that turn raw values into
 * 0-100, the evidence windows and the axis cut-offs. The national default follows DOMAIN.md; an agency overrides any
 * part, and rubrics are versioned by the service that stores them.
 *
 * @param countScale       scores for counts of awards, team assignments and certificates: {minimum count, score}
 *                         tiers, highest first
 * @param yearsScale       scores for years in the current position: {minimum years, score} tiers, highest first
 * @param minRatersPerGroup 360-degree groups with fewer raters are suppressed, so no individual answer can be inferred
 * @param cutoffs          the potential axis's cut-offs (and the performance axis's, in the weighted model)
 * @param performance      how the performance row is found; absent only in versions stored before it existed, which
 *                         were weighted rubrics with one pair of cut-offs, and are read as such
 * @param validity         how long evidence counts; absent in versions stored before it existed (national default)
 */
public record Rubric(
        Map<Indicator, Integer> weights,
        Map<Skp.Predikat, Integer> skpScale,
        Map<String, Integer> educationScale,
        Map<DisciplineLevel, Integer> disciplineScale,
        List<int[]> countScale,
        List<int[]> yearsScale,
        int fieldFitScore,
        int fieldMisfitScore,
        int awardWindowYears,
        int teamWindowYears,
        int certificateWindowYears,
        int minRatersPerGroup,
        NineBox.Cutoffs cutoffs,
        Performance performance,
        Validity validity) {

    /** The state of an employee's discipline record during the period. */
    public enum DisciplineLevel {
        NONE,
        LIGHT,
        MODERATE,
        SEVERE,
        CURRENTLY_SANCTIONED
    }

    /**
     * How the performance row (kinerja) is placed.
     * <ul>
     * <li>{@code SKP_PREDIKAT} (national default): the row is the SKP predikat's, as PermenPANRB 6/2022 and 3/2020
     * use the same words for both (Sangat Baik: di atas; Baik: sesuai; Butuh Perbaikan and below: di bawah). The
     * reinforcing indicators (awards, team assignments, 360, community) only order people inside their row; they
     * lift a Baik to "di atas" only at or above {@code liftBaikAt}, the agency's stated rule, and never push a Baik
     * below "sesuai" for the absence of extras.</li>
     * <li>{@code WEIGHTED}: the weighted sum of every performance indicator against {@code cutoffs}.</li>
     * </ul>
     *
     * @param cutoffs    the performance axis's own cut-offs: in the SKP model they bound the score bands of the rows
     * @param liftBaikAt the reinforcing score (0-100) at which a Baik is placed "di atas"; null: never
     * @param skpYears   1, or 2 to use the previous period's SKP too where it exists: the weaker year then decides
     *                   the row (the regulations' "bernilai baik dalam 2 tahun terakhir")
     */
    public record Performance(
            Model model, NineBox.Cutoffs cutoffs, @Nullable Integer liftBaikAt, int skpYears) {

        public enum Model {
            SKP_PREDIKAT,
            WEIGHTED
        }
    }

    /**
     * How long evidence counts.
     *
     * @param disciplineLookbackYears sanctions begun within these years before the assessment date count
     * @param competencyYears         a competency assessment older than this is expired and counts as missing
     *                                (results are valid for 3 years in practice)
     */
    public record Validity(int disciplineLookbackYears, int competencyYears) {

        public static final Validity NATIONAL_DEFAULT = new Validity(1, 3);
    }

    /** The points of an SKP predikat; a complete scale has every one (RubricDraft checks it). */
    public int skpPoints(Skp.Predikat predikat) {
        return Objects.requireNonNull(skpScale.get(predikat), () -> "the SKP scale has no " + predikat);
    }

    public int disciplinePoints(DisciplineLevel level) {
        return Objects.requireNonNull(disciplineScale.get(level), () -> "the discipline scale has no " + level);
    }

    public Rubric {
        weights = new EnumMap<>(weights);
        skpScale = new EnumMap<>(skpScale);
        educationScale = Map.copyOf(educationScale);
        disciplineScale = new EnumMap<>(disciplineScale);
        countScale = List.copyOf(countScale);
        yearsScale = List.copyOf(yearsScale);
        // null only when read from a version stored before these parts existed: what that version meant then
        if (performance == null) {
            performance = new Performance(Performance.Model.WEIGHTED, cutoffs, null, 1);
        }
        if (validity == null) {
            validity = Validity.NATIONAL_DEFAULT;
        }
    }

    /** A copy with another performance rule. */
    public Rubric withPerformance(Performance performance) {
        return new Rubric(
                weights,
                skpScale,
                educationScale,
                disciplineScale,
                countScale,
                yearsScale,
                fieldFitScore,
                fieldMisfitScore,
                awardWindowYears,
                teamWindowYears,
                certificateWindowYears,
                minRatersPerGroup,
                cutoffs,
                performance,
                validity);
    }

    /** A copy with other potential cut-offs (the performance rule keeps its own). */
    public Rubric withCutoffs(NineBox.Cutoffs potentialCutoffs) {
        return new Rubric(
                weights,
                skpScale,
                educationScale,
                disciplineScale,
                countScale,
                yearsScale,
                fieldFitScore,
                fieldMisfitScore,
                awardWindowYears,
                teamWindowYears,
                certificateWindowYears,
                minRatersPerGroup,
                potentialCutoffs,
                performance,
                validity);
    }

    /**
     * The national default of DOMAIN.md: performance rows by the SKP predikat, the weights below ordering people
     * within a row; community input is off (weight 0) until an agency turns it on.
     */
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
        return new Rubric(
                weights,
                Map.of(
                        Skp.Predikat.SANGAT_BAIK,
                        100,
                        Skp.Predikat.BAIK,
                        80,
                        Skp.Predikat.BUTUH_PERBAIKAN,
                        60,
                        Skp.Predikat.KURANG,
                        40,
                        Skp.Predikat.SANGAT_KURANG,
                        20),
                Map.of(
                        "S3", 100, "S2", 90, "S1", 80, "D4", 80, "D3", 70, "SLTA", 60, "D2", 65, "D1", 62, "SMP", 40,
                        "SD", 30),
                Map.of(
                        DisciplineLevel.NONE,
                        100,
                        DisciplineLevel.LIGHT,
                        75,
                        DisciplineLevel.MODERATE,
                        50,
                        DisciplineLevel.SEVERE,
                        25,
                        DisciplineLevel.CURRENTLY_SANCTIONED,
                        0),
                List.of(new int[] {3, 100}, new int[] {2, 85}, new int[] {1, 70}, new int[] {0, 0}),
                List.of(new int[] {5, 100}, new int[] {3, 80}, new int[] {2, 70}, new int[] {0, 60}),
                100,
                50,
                5,
                2,
                5,
                3,
                NineBox.Cutoffs.NATIONAL_DEFAULT,
                new Performance(Performance.Model.SKP_PREDIKAT, NineBox.Cutoffs.NATIONAL_DEFAULT, null, 1),
                Validity.NATIONAL_DEFAULT);
    }

    /**
     * Every rule the rubric breaks: each axis's weights sum to 100, every indicator has a weight of 0-100, every SKP
     * predikat and discipline level has a score, every scale score and both cut-offs lie within 0-100.
     */
    public List<RubricProblem> problems() {
        return RubricChecks.problems(this);
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
