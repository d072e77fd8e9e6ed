package id.meritasn.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The stored side of assessments, named as their GraphQL types. */
public final class AssessmentRecords {

    private AssessmentRecords() {}

    /** OPEN: inputs and computing; CALIBRATING: committee moves; CALIBRATED: locked; PUBLISHED: employees see theirs. */
    public enum PeriodStatus {
        OPEN,
        CALIBRATING,
        CALIBRATED,
        PUBLISHED
    }

    public record AssessmentPeriod(long id, String name, LocalDate asOf, PeriodStatus status) {}

    /** A rubric in force from a date; version 0 is the national default. */
    public record RubricVersion(int version, LocalDate effectiveFrom, Rubric rubric) {}

    /**
     * One version of an employee's result. {@code explanation} is null where results were read without it (the map
     * and the completeness report of a whole agency); GraphQL then loads it only for the results a client asks it of.
     */
    public record TalentResult(
            long periodId,
            String nip,
            int version,
            int rubricVersion,
            boolean mapped,
            List<String> missing,
            @Nullable BigDecimal potential,
            @Nullable BigDecimal performance,
            @Nullable Integer box,
            List<String> recommendedActions,
            @Nullable List<ScoreEngine.IndicatorScore> explanation,
            OffsetDateTime computedAt) {

        /** The box of a mapped result: the score engine gives every mapped result one, an unmapped one none. */
        public int mappedBox() {
            return Objects.requireNonNull(box, () -> "result of " + nip + " is not mapped");
        }

        public BigDecimal mappedPerformance() {
            return Objects.requireNonNull(performance, () -> "result of " + nip + " is not mapped");
        }

        public BigDecimal mappedPotential() {
            return Objects.requireNonNull(potential, () -> "result of " + nip + " is not mapped");
        }
    }

    /**
     * How many employees a box holds (after calibration), their share of the mapped employees, and the share the
     * agency's distribution guideline expects there (policy {@code talentmap.guideline}), if it set one.
     */
    public record BoxCount(
            int box, int count, double percent, @Nullable Double guidelinePercent) {}

    /** An employee's latest result in one period, with the box calibration put them in. */
    public record PeriodResult(
            AssessmentPeriod period,
            TalentResult result,
            @Nullable Integer finalBox) {}

    /** How complete the data of a unit's employees is for a period, and what is missing most often. */
    public record UnitCompleteness(
            String unitCode, String unitName, int employees, int mapped, int notMapped, List<MissingCount> missing) {}

    public record MissingCount(String item, int employees) {}

    /**
     * A committee move: the computed box stays; this says where the committee put the employee, why, in which
     * session, and (for a move that needed a second member) who agreed or declined. Only AGREED moves count.
     */
    public record CalibrationMove(
            long id,
            long periodId,
            String nip,
            int fromBox,
            int toBox,
            String reason,
            String movedBy,
            OffsetDateTime movedAt,
            MoveStatus status,
            @Nullable Long sessionId,
            boolean needsSecond,
            @Nullable String decidedBy,
            @Nullable Long decidedSessionId,
            @Nullable OffsetDateTime decidedAt,
            @Nullable String decisionReason) {}

    public enum MoveStatus {
        PENDING,
        AGREED,
        DECLINED
    }

    /** {@code outOfScope}: active employees the agency does not map at all (its policy talentmap.scope). */
    /** {@code provisional}: members whose result rests on an input not validated through every tier yet. */
    public record TalentMap(
            long periodId,
            List<BoxCount> boxes,
            int notMapped,
            int outOfScope,
            List<TalentResult> members,
            List<String> provisional) {}

    /** A mapped employee's result in a published period after calibration: the final box and the axis scores. */
    public record FinalResult(String nip, int finalBox, BigDecimal performance, BigDecimal potential) {}

    /** An input waiting for the caller's tier: what was entered, by whom, and which tier of how many is next. */
    /**
     * Where one input of an employee stands in tiered validation: {@code state} PROVISIONAL (tiers still to go),
     * SENT_BACK (with the reason, waiting to be entered again) or VALIDATED.
     */
    public record InputValidation(
            String kind,
            String state,
            int tiersDone,
            int tiers,
            @Nullable String reason) {}

    public record PendingValidation(
            String nip,
            String kind,
            int tier,
            int tiers,
            String payload,
            String evidence,
            String enteredBy,
            String enteredAt) {}

    /** Why a validation step was refused: NOT_TIERED, NOT_FOUND, NOT_PROVISIONAL, SELF, ALREADY_DECIDED, NOT_YOUR_TIER, REASON_REQUIRED. */
    public record ValidationRefusal(String code, String message) {}

    /** The inputs waiting for the caller in one open period. */
    public record PeriodQueue(long periodId, String periodName, List<PendingValidation> waiting) {}
}
