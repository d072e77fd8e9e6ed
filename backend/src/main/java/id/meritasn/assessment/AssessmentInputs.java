package id.meritasn.assessment;

import id.meritasn.employee.RelatedExperience;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the score of one employee in one period may depend on, each with its evidence (a document reference or
 * source system). Deliberately absent: religion, ethnicity, origin, gender, age or birth date, marital status,
 * disability and political background. A test keeps it that way. {@code servesPublic}: the employee's position
 * serves the public directly, so community input applies where the rubric weighs it. {@code experience}: years in
 * posts related to the current one, with the history entries counted.
 */
public record AssessmentInputs(
        @Nullable SkpInput skp,
        List<Dated> awards,
        List<Dated> teamAssignments,
        List<Dated> certificates,
        List<FeedbackGroup> feedback360,
        @Nullable CompetencyInput competency,
        @Nullable Evidenced potentialScore,
        @Nullable String educationLevel,
        @Nullable FieldFit fieldOfStudyFits,
        @Nullable DisciplineStatus discipline,
        @Nullable RelatedExperience experience,
        @Nullable Boolean lhkpnReported,
        @Nullable Community community,
        @Nullable SkpInput previousSkp,
        boolean servesPublic) {

    public AssessmentInputs {
        awards = List.copyOf(awards);
        teamAssignments = List.copyOf(teamAssignments);
        certificates = List.copyOf(certificates);
        feedback360 = List.copyOf(feedback360);
    }

    public record SkpInput(Skp.Rating hasilKerja, Skp.Rating perilakuKerja, String evidence) {

        public Skp.Predikat predikat() {
            return Skp.predikat(hasilKerja, perilakuKerja);
        }
    }

    /**
     * The discipline record as evidence: the most severe level the records show in the agency's lookback, or NONE
     * only where "no sanction" was declared with its evidence. No status at all is missing, never clean.
     */
    public record DisciplineStatus(Rubric.DisciplineLevel level, String evidence) {}

    public record Dated(LocalDate date, String evidence) {}

    /**
     * The 360-degree answers of one rater group: how many raters, and the sum of their scores (1-5 each). Single
     * answers never leave the database, let alone raters' identities; a group may come in several parts, which count
     * together.
     */
    public record FeedbackGroup(RaterGroup group, int raters, int total) {}

    public enum RaterGroup {
        SUPERIOR,
        PEER,
        SUBORDINATE
    }

    /** Achieved levels against the position's standard; {@code assessedOn} decides whether the result has expired. */
    public record CompetencyInput(
            Map<String, Integer> achieved,
            List<JobPersonMatch.Requirement> standard,
            String evidence,
            LocalDate assessedOn) {}

    /**
     * Approved community submissions (PERMATA-style public feedback on daily service): how many, and their mean on the
     * 1-5 scale. Submitters never reach the engine.
     */
    public record Community(int approved, BigDecimal mean) {}

    /** Whether the field of study fits the position, as an assessor judged it, with the evidence (the diploma). */
    public record FieldFit(boolean fits, String evidence) {}

    /** A 0-100 score from an outside assessment, with its evidence. */
    public record Evidenced(BigDecimal score, String evidence) {}
}
