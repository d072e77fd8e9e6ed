package id.meritasn.assessment;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The stored side of assessments, named as their GraphQL types. */
public final class AssessmentRecords {

    private AssessmentRecords() {
    }

    public enum PeriodStatus { OPEN, CALIBRATING, PUBLISHED }

    public record AssessmentPeriod(long id, String name, LocalDate asOf, PeriodStatus status) {
    }

    /** A rubric in force from a date; version 0 is the national default. */
    public record RubricVersion(int version, LocalDate effectiveFrom, Rubric rubric) {
    }

    public record TalentResult(String nip, int version, int rubricVersion, boolean mapped, List<String> missing,
                               @Nullable BigDecimal potential, @Nullable BigDecimal performance, @Nullable Integer box,
                               List<String> recommendedActions, List<ScoreEngine.IndicatorScore> explanation,
                               OffsetDateTime computedAt) {
    }

    public record BoxCount(int box, int count) {
    }

    public record TalentMap(long periodId, List<BoxCount> boxes, int notMapped, List<TalentResult> members) {
    }
}
