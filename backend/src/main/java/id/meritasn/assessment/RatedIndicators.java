package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.FeedbackGroup;
import id.meritasn.assessment.Indicator.Axis;
import id.meritasn.assessment.ScoreEngine.IndicatorScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The indicators scored from people's ratings for {@link ScoreEngine}: 360-degree feedback and community input. */
final class RatedIndicators {

    private RatedIndicators() {}

    static void feedback(
            List<IndicatorScore> explanation, List<String> missing, Rubric rubric, List<FeedbackGroup> feedback) {
        if (rubric.weight(Indicator.FEEDBACK_360) == 0) {
            return;
        }
        AssessmentInputs.RaterGroup[] groups = AssessmentInputs.RaterGroup.values();
        int[] raters = new int[groups.length];
        long[] totals = new long[groups.length];
        for (FeedbackGroup part : feedback) {
            raters[part.group().ordinal()] += part.raters();
            totals[part.group().ordinal()] += part.total();
        }
        // groups with fewer raters than the minimum are left out entirely: no output may reveal one rater's answer
        Map<AssessmentInputs.RaterGroup, Double> averages = new EnumMap<>(AssessmentInputs.RaterGroup.class);
        for (AssessmentInputs.RaterGroup group : groups) {
            int count = raters[group.ordinal()];
            if (count > 0 && count >= rubric.minRatersPerGroup()) {
                averages.put(group, (double) totals[group.ordinal()] / count);
            }
        }
        if (averages.isEmpty()) {
            missing.add(MissingInput.FEEDBACK_360
                    .with("min", rubric.minRatersPerGroup())
                    .english());
            return;
        }
        double mean = averages.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        // BigDecimal.valueOf rounds the shortest decimal form half up, as %.2f does, at a fraction of Formatter's cost
        ScoreEngine.add(
                explanation,
                rubric,
                Indicator.FEEDBACK_360,
                BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP) + " of 5 (" + averages.keySet() + ")",
                mean * 20,
                "360-degree feedback, groups " + averages.keySet());
    }

    /**
     * Counted only when the agency's rubric weighs it and the employee's position serves the public; then it is
     * required like any other input, from at least as many approved submissions as a 360-degree group needs, so a
     * single person's opinion never moves a score. Returns false when it does not apply (weight 0, or a position
     * that does not serve the public: back-office staff are never "not mapped" for the lack of it).
     */
    static boolean community(
            List<IndicatorScore> explanation,
            List<String> missing,
            Rubric rubric,
            AssessmentInputs.@Nullable Community community,
            boolean servesPublic) {
        int weight = rubric.weight(Indicator.COMMUNITY);
        if (weight == 0) {
            return false;
        }
        if (!servesPublic) {
            explanation.add(new IndicatorScore(
                    Indicator.COMMUNITY,
                    "tidak berlaku: jabatan tidak melayani publik",
                    BigDecimal.ZERO.setScale(2),
                    0,
                    BigDecimal.ZERO.setScale(2),
                    "bobot " + weight + " dibagi ke indikator kinerja lain menurut bobotnya"));
            return false;
        }
        int approved = community == null ? 0 : community.approved();
        if (community == null || approved < rubric.minRatersPerGroup()) {
            missing.add(MissingInput.COMMUNITY
                    .with("min", rubric.minRatersPerGroup(), "approved", approved)
                    .english());
            return true;
        }
        ScoreEngine.add(
                explanation,
                rubric,
                Indicator.COMMUNITY,
                String.format(Locale.ROOT, "%.2f of 5 (%d approved)", community.mean(), approved),
                community.mean().doubleValue() * 20,
                "masukan masyarakat terverifikasi: " + approved + " tanggapan disetujui moderator");
        return true;
    }

    /**
     * The weighted model without community input: the other performance indicators carry its weight in proportion
     * to theirs, so a back-office employee's axis still runs to 100 (their contributions are rescaled; the weights
     * shown stay the rubric's).
     */
    static List<IndicatorScore> withoutCommunityWeight(List<IndicatorScore> explanation, Rubric rubric) {
        int others = 100 - rubric.weight(Indicator.COMMUNITY);
        List<IndicatorScore> rescaled = new ArrayList<>(explanation.size());
        for (IndicatorScore s : explanation) {
            if (s.indicator().axis() == Axis.PERFORMANCE && s.weight() > 0 && others > 0) {
                BigDecimal contribution = s.scaled()
                        .multiply(BigDecimal.valueOf(s.weight()))
                        .divide(BigDecimal.valueOf(others), 2, RoundingMode.HALF_UP);
                rescaled.add(
                        new IndicatorScore(s.indicator(), s.raw(), s.scaled(), s.weight(), contribution, s.evidence()));
            } else {
                rescaled.add(s);
            }
        }
        return rescaled;
    }
}
