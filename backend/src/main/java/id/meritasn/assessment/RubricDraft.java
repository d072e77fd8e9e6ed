package id.meritasn.assessment;

import id.meritasn.shared.outcome.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A new rubric version as an editor or an integration sends it: only what changes. Everything left out keeps the
 * value of the version in force on the new version's start date (not the national default), so saving one weight
 * never quietly resets the agency's other choices.
 *
 * @param effectiveFrom     the day the version takes effect: today (agency clock) or later
 * @param weights           indicator weights to change
 * @param scales            scale scores to change (SKP predikat, education level, discipline level)
 * @param potentialCutoffs  the potential axis's cut-offs, if changed
 * @param performanceCutoffs the performance axis's cut-offs, if changed
 * @param performanceModel  SKP_PREDIKAT or WEIGHTED, if changed
 * @param liftBaikAt        the reinforcing score that lifts a Baik to "di atas", if set now
 * @param noLift            true removes the agency's lift rule
 * @param skpYears          1 or 2, if changed
 */
public record RubricDraft(
        @Nullable LocalDate effectiveFrom,
        List<Weight> weights,
        List<Score> scales,
        @Nullable Cut potentialCutoffs,
        @Nullable Cut performanceCutoffs,
        Rubric.Performance.@Nullable Model performanceModel,
        @Nullable Integer liftBaikAt,
        boolean noLift,
        @Nullable Integer skpYears,
        @Nullable Integer disciplineLookbackYears,
        @Nullable Integer competencyYears) {

    public enum Scale {
        SKP,
        EDUCATION,
        DISCIPLINE
    }

    public record Weight(String indicator, int weight) {}

    public record Score(Scale scale, String key, int score) {}

    /** Cut-offs to change; one left out keeps the version in force's. */
    public record Cut(@Nullable Double middle, @Nullable Double high) {}

    /**
     * Applies the draft to the version in force. Checks what only the draft can get wrong (unknown indicators and
     * keys, cut-offs out of order, a start date in the past, where it would rewrite results already computed under
     * the old version at the next recompute), then every rule of {@link Rubric#problems()}. The result is the rubric
     * the draft makes from {@code base}, or every rule it breaks (nothing is built then).
     */
    Outcome<Rubric, RubricProblem> applyTo(Rubric base, Collection<String> educationLevels, LocalDate today) {
        List<RubricProblem> problems = new ArrayList<>();
        if (effectiveFrom == null) {
            problems.add(
                    new RubricProblem("effectiveFrom", "MISSING", null, "Choose the date the version takes effect."));
        } else if (effectiveFrom.isBefore(today)) {
            problems.add(new RubricProblem(
                    "effectiveFrom",
                    "PAST",
                    effectiveFrom.toString(),
                    "A new version takes effect today (" + today + ") or later, not on " + effectiveFrom + "."));
        }
        Map<Indicator, Integer> newWeights = new EnumMap<>(base.weights());
        for (Weight w : weights) {
            Indicator indicator = Indicator.parse(w.indicator());
            if (indicator == null) {
                problems.add(new RubricProblem(
                        "weight." + w.indicator(),
                        "UNKNOWN",
                        w.indicator(),
                        "There is no indicator " + w.indicator() + "."));
            } else {
                newWeights.put(indicator, w.weight());
            }
        }
        Map<Skp.Predikat, Integer> skp = new EnumMap<>(base.skpScale());
        Map<String, Integer> education = new HashMap<>(base.educationScale());
        Map<Rubric.DisciplineLevel, Integer> discipline = new EnumMap<>(base.disciplineScale());
        Set<String> knownEducation = new HashSet<>(educationLevels);
        knownEducation.addAll(base.educationScale().keySet());
        for (Score s : scales) {
            boolean known = switch (s.scale()) {
                case SKP -> put(skp, Skp.Predikat.class, s);
                case DISCIPLINE -> put(discipline, Rubric.DisciplineLevel.class, s);
                case EDUCATION -> knownEducation.contains(s.key());
            };
            if (known && s.scale() == Scale.EDUCATION) {
                education.put(s.key(), s.score());
            }
            if (!known) {
                problems.add(new RubricProblem(
                        scaleField(s.scale()) + "." + s.key(),
                        "UNKNOWN",
                        s.key(),
                        "The " + s.scale() + " scale has no value '" + s.key() + "'."));
            }
        }
        NineBox.@Nullable Cutoffs potential = cutoffs(potentialCutoffs, base.cutoffs(), "", problems);
        Rubric.Performance rule = base.performance();
        NineBox.@Nullable Cutoffs performance = cutoffs(performanceCutoffs, rule.cutoffs(), "performance", problems);
        Integer lift = noLift ? null : liftBaikAt != null ? liftBaikAt : rule.liftBaikAt();
        Rubric.Performance newRule = new Rubric.Performance(
                performanceModel == null ? rule.model() : performanceModel,
                performance == null ? rule.cutoffs() : performance,
                lift,
                skpYears == null ? rule.skpYears() : skpYears);
        Rubric.Validity validity = new Rubric.Validity(
                disciplineLookbackYears == null ? base.validity().disciplineLookbackYears() : disciplineLookbackYears,
                competencyYears == null ? base.validity().competencyYears() : competencyYears);
        // without valid cut-offs the base's stand in, so the rubric's other rules are still reported
        Rubric rubric = new Rubric(
                newWeights,
                skp,
                education,
                discipline,
                base.countScale(),
                base.yearsScale(),
                base.fieldFitScore(),
                base.fieldMisfitScore(),
                base.awardWindowYears(),
                base.teamWindowYears(),
                base.certificateWindowYears(),
                base.minRatersPerGroup(),
                potential == null ? base.cutoffs() : potential,
                newRule,
                validity);
        problems.addAll(rubric.problems());
        return problems.isEmpty() ? Outcome.done(rubric) : Outcome.refused(problems);
    }

    private static <K extends Enum<K>> boolean put(Map<K, Integer> scale, Class<K> type, Score s) {
        for (K key : type.getEnumConstants()) {
            if (key.name().equals(s.key())) {
                scale.put(key, s.score());
                return true;
            }
        }
        return false;
    }

    public static String scaleField(Scale scale) {
        return switch (scale) {
            case SKP -> "skpScale";
            case EDUCATION -> "educationScale";
            case DISCIPLINE -> "disciplineScale";
        };
    }

    /** The changed cut-offs, or null when they are unchanged or out of order (reported; the base's stand in). */
    private static NineBox.@Nullable Cutoffs cutoffs(
            @Nullable Cut cut, NineBox.Cutoffs base, String axis, List<RubricProblem> problems) {
        if (cut == null || (cut.middle() == null && cut.high() == null)) {
            return null;
        }
        double middle = cut.middle() == null ? base.middle().doubleValue() : cut.middle();
        double high = cut.high() == null ? base.high().doubleValue() : cut.high();
        String field = axis.isEmpty() ? "highCutoff" : axis + "HighCutoff";
        if (!Double.isFinite(middle) || !Double.isFinite(high) || middle >= high) {
            problems.add(new RubricProblem(
                    field,
                    "CUTOFF_ORDER",
                    String.valueOf(high),
                    "The high cut-off (" + high + ") must be above the middle one (" + middle + ")."));
            return null;
        }
        return new NineBox.Cutoffs(BigDecimal.valueOf(middle), BigDecimal.valueOf(high));
    }
}
