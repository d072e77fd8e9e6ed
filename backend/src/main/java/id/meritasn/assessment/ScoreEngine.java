package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.Dated;
import id.meritasn.assessment.Indicator.Axis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The score function: inputs and a rubric in, potential (X) and performance (Y) scores, the nine-box and an
 * explanation down to every indicator's raw value, scaled score, weight, contribution and evidence out. An employee
 * missing required data is "not mapped yet" with the list of what is missing: no guessed box. Pure and deterministic:
 * the same inputs, rubric and date always give the same result.
 */
public final class ScoreEngine {

    private ScoreEngine() {}

    /** One indicator's part in the score. */
    public record IndicatorScore(
            Indicator indicator, String raw, BigDecimal scaled, int weight, BigDecimal contribution, String evidence) {}

    public record Result(
            boolean mapped,
            List<String> missing,
            @Nullable BigDecimal potential,
            @Nullable BigDecimal performance,
            @Nullable Integer box,
            List<String> recommendedActions,
            List<IndicatorScore> explanation,
            Skp.@Nullable Predikat predikat,
            @Nullable JobPersonMatch jobPersonMatch) {}

    public static Result score(AssessmentInputs in, Rubric rubric, LocalDate asOf) {
        requireValid(rubric);
        return scoreValidated(in, rubric, asOf);
    }

    static void requireValid(Rubric rubric) {
        List<RubricProblem> problems = rubric.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The rubric is invalid: "
                    + String.join(
                            " ", problems.stream().map(RubricProblem::message).toList()));
        }
    }

    /**
     * {@link #score} for a rubric the caller has checked with {@link #requireValid} once: a recompute scores tens of
     * thousands of employees with one rubric, and checking it for each was 4% of the compute's Java time.
     */
    static Result scoreValidated(AssessmentInputs in, Rubric rubric, LocalDate asOf) {
        List<String> missing = new ArrayList<>();
        List<IndicatorScore> explanation = new ArrayList<>();
        Skp.Predikat predikat = null;
        JobPersonMatch jpm = null;

        if (in.skp() == null) {
            missing.add(MissingInput.SKP.with().english());
        } else {
            predikat = in.skp().predikat();
            add(
                    explanation,
                    rubric,
                    Indicator.SKP,
                    predikat.name(),
                    rubric.skpPoints(predikat),
                    in.skp().evidence());
        }
        counted(explanation, rubric, Indicator.AWARDS, in.awards(), asOf.minusYears(rubric.awardWindowYears()), asOf);
        counted(
                explanation,
                rubric,
                Indicator.TEAM_ASSIGNMENTS,
                in.teamAssignments(),
                asOf.minusYears(rubric.teamWindowYears()),
                asOf);
        RatedIndicators.feedback(explanation, missing, rubric, in.feedback360());
        boolean communityApplies =
                RatedIndicators.community(explanation, missing, rubric, in.community(), in.servesPublic());

        LocalDate validFrom = asOf.minusYears(rubric.validity().competencyYears());
        if (in.competency() == null) {
            missing.add(MissingInput.COMPETENCY.with().english());
        } else if (in.competency().assessedOn().isBefore(validFrom)) {
            missing.add(MissingInput.COMPETENCY_EXPIRED
                    .with(
                            "assessedOn",
                            in.competency().assessedOn(),
                            "years",
                            rubric.validity().competencyYears(),
                            "validFrom",
                            validFrom)
                    .english());
        } else {
            try {
                jpm = JobPersonMatch.of(
                        in.competency().achieved(), in.competency().standard());
                add(
                        explanation,
                        rubric,
                        Indicator.COMPETENCY,
                        "JPM " + jpm.percent() + "% (" + jpm.mapping() + ")",
                        Math.min(100, jpm.percent().doubleValue()),
                        in.competency().evidence());
            } catch (IllegalArgumentException e) {
                missing.add(MissingInput.COMPETENCY_INVALID
                        .with("problem", String.valueOf(e.getMessage()))
                        .english());
            }
        }
        counted(
                explanation,
                rubric,
                Indicator.COMPETENCY_DEVELOPMENT,
                in.certificates(),
                asOf.minusYears(rubric.certificateWindowYears()),
                asOf);
        if (in.experience() == null) {
            missing.add(MissingInput.POSITION_HISTORY.with().english());
        } else {
            // years in posts related to the current one (same track or unit), not only the current post's
            int years = in.experience().years();
            add(
                    explanation,
                    rubric,
                    Indicator.POSITION_EXPERIENCE,
                    years + " years related",
                    Rubric.tier(rubric.yearsScale(), years),
                    in.experience().evidence());
        }
        if (in.potentialScore() == null) {
            missing.add(MissingInput.POTENTIAL.with().english());
        } else {
            add(
                    explanation,
                    rubric,
                    Indicator.POTENTIAL,
                    in.potentialScore().score().toPlainString(),
                    in.potentialScore().score().doubleValue(),
                    in.potentialScore().evidence());
        }
        if (in.educationLevel() == null || !rubric.educationScale().containsKey(in.educationLevel())) {
            missing.add(MissingInput.EDUCATION.with().english());
        } else {
            add(
                    explanation,
                    rubric,
                    Indicator.EDUCATION,
                    in.educationLevel(),
                    rubric.educationScale().get(in.educationLevel()),
                    "riwayat pendidikan");
        }
        if (in.fieldOfStudyFits() == null) {
            missing.add(MissingInput.FIELD_FIT.with().english());
        } else {
            boolean fits = in.fieldOfStudyFits().fits();
            add(
                    explanation,
                    rubric,
                    Indicator.FIELD_FIT,
                    fits ? "fits" : "does not fit",
                    fits ? rubric.fieldFitScore() : rubric.fieldMisfitScore(),
                    in.fieldOfStudyFits().evidence());
        }
        if (in.discipline() == null) {
            missing.add(MissingInput.DISCIPLINE.with().english());
        } else {
            add(
                    explanation,
                    rubric,
                    Indicator.DISCIPLINE,
                    in.discipline().level().name(),
                    rubric.disciplinePoints(in.discipline().level()),
                    in.discipline().evidence());
        }
        if (rubric.weight(Indicator.LHKPN) > 0) {
            if (in.lhkpnReported() == null) {
                missing.add(MissingInput.LHKPN.with().english());
            } else {
                add(
                        explanation,
                        rubric,
                        Indicator.LHKPN,
                        in.lhkpnReported() ? "reported" : "not reported",
                        in.lhkpnReported() ? 100 : 0,
                        "LHKPN");
            }
        }

        if (!missing.isEmpty()) {
            return new Result(false, missing, null, null, null, List.of(), explanation, predikat, jpm);
        }
        BigDecimal potential = axisScore(explanation, Axis.POTENTIAL);
        BigDecimal performance;
        NineBox.Level row;
        if (rubric.performance().model() == Rubric.Performance.Model.WEIGHTED) {
            if (!communityApplies) {
                explanation = RatedIndicators.withoutCommunityWeight(explanation, rubric);
            }
            performance = axisScore(explanation, Axis.PERFORMANCE);
            row = rubric.performance().cutoffs().level(performance);
        } else {
            PerformanceRow.Placement placement = PerformanceRow.place(
                    explanation,
                    rubric,
                    Objects.requireNonNull(in.skp(), "without an SKP the result returned unmapped above"),
                    in.previousSkp());
            explanation = placement.explanation();
            performance = placement.score();
            row = placement.row();
        }
        int box = NineBox.box(row, rubric.cutoffs().level(potential));
        return new Result(
                true,
                List.of(),
                potential,
                performance,
                box,
                NineBox.recommendedActions(box),
                explanation,
                predikat,
                jpm);
    }

    private static void counted(
            List<IndicatorScore> explanation,
            Rubric rubric,
            Indicator indicator,
            List<Dated> items,
            LocalDate from,
            LocalDate to) {
        // counted within the window: on or after the first day, not after the assessment date
        int count = 0;
        StringBuilder evidence = new StringBuilder();
        for (Dated d : items) {
            if (!d.date().isBefore(from) && !d.date().isAfter(to)) {
                evidence.append(count++ == 0 ? "" : "; ").append(d.evidence());
            }
        }
        add(
                explanation,
                rubric,
                indicator,
                count + " since " + from,
                Rubric.tier(rubric.countScale(), count),
                evidence.toString());
    }

    /** Adds an indicator's scaled score and its weighted contribution (also used by {@link RatedIndicators}). */
    static void add(
            List<IndicatorScore> explanation,
            Rubric rubric,
            Indicator indicator,
            String raw,
            double scaled,
            String evidence) {
        int weight = rubric.weight(indicator);
        BigDecimal score = BigDecimal.valueOf(scaled).setScale(2, RoundingMode.HALF_UP);
        BigDecimal contribution =
                score.multiply(BigDecimal.valueOf(weight)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        explanation.add(new IndicatorScore(indicator, raw, score, weight, contribution, evidence));
    }

    private static BigDecimal axisScore(List<IndicatorScore> explanation, Axis axis) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorScore s : explanation) {
            if (s.indicator().axis() == axis) {
                sum = sum.add(s.contribution());
            }
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }
}
