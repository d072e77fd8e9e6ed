package id.meritasn.succession;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.shared.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the succession services return, named as their GraphQL types (the UI's services use the same records). */
public final class SuccessionRecords {

    private SuccessionRecords() {}

    /** The workflow of a case; steps are only taken in this order. */
    public enum CaseStatus {
        OPEN,
        SLATE_PROPOSED,
        DECIDED,
        ANNOUNCED,
        FINALIZED
    }

    public enum Readiness {
        READY_NOW,
        ONE_TO_TWO_YEARS,
        THREE_PLUS_YEARS
    }

    /** Why a position is a target position. */
    public enum TargetReason {
        VACANT,
        RETIREMENT,
        PLANNED_MOVE,
        CRITICAL
    }

    public enum MemberRole {
        CHAIR,
        SECRETARY,
        MEMBER
    }

    public record PositionRef(
            long id,
            String code,
            String name,
            String level,
            @Nullable String unitName,
            boolean critical) {}

    public record Incumbent(String nip, String name, LocalDate retirementDate) {}

    public record TargetPosition(
            PositionRef position,
            List<TargetReason> reasons,
            @Nullable LocalDate vacancyDate,
            @Nullable Incumbent incumbent,
            @Nullable Long caseId,
            @Nullable CaseStatus caseStatus) {}

    public record PlannedMove(
            long id, PositionRef position, @Nullable String nip, LocalDate leavesOn, String reason, String createdBy) {}

    /** One vacancy in the forecast: a retirement or a planned move of a position's incumbent. */
    public record ForecastItem(
            PositionRef position,
            @Nullable String nip,
            @Nullable String name,
            LocalDate date,
            TargetReason cause) {}

    public record VacancyYear(
            int year, LocalDate from, LocalDate to, int retirements, int plannedMoves, List<ForecastItem> items) {}

    public record VacancyForecast(LocalDate asOf, int vacantNow, List<VacancyYear> years) {}

    /** A pool member, ranked by box (9, 8, 7), then talent score: a box-7 talent never ranks above a box-9 one. */
    public record PoolMember(
            String nip,
            String name,
            String golongan,
            @Nullable String currentPosition,
            int box,
            BigDecimal talentScore) {

        /** Why the member stands where they do, in the order the ranking reads it. */
        public String rankReason() {
            return "kotak " + box + ", skor talenta " + talentScore.toPlainString();
        }
    }

    /**
     * A candidate for a target position: eligibility rule by rule, ranked by eligibility, then box (9, 8, 7), then
     * talent score, then JPM.
     */
    public record Candidate(
            int rank,
            String nip,
            String name,
            String golongan,
            @Nullable String currentPosition,
            int box,
            BigDecimal talentScore,
            @Nullable BigDecimal jpm,
            JobPersonMatch.@Nullable Filling jpmCategory,
            Eligibility.Outcome eligibility,
            List<Eligibility.Check> checks) {

        /** Why the candidate stands where they do, in the order the ranking reads it. */
        public String rankReason() {
            return "kelayakan " + eligibility + ", kotak " + box + ", skor talenta " + talentScore.toPlainString()
                    + ", JPM " + (jpm == null ? "belum dinilai" : jpm.toPlainString() + "%");
        }
    }

    /** {@code systemRank}: where the ranking placed the candidate among the eligible; {@code orderReason}: why not there. */
    public record SlateCandidate(
            int rank,
            String nip,
            String name,
            @Nullable String currentPosition,
            Readiness readiness,
            int box,
            List<String> developmentPlan,
            @Nullable Integer systemRank,
            @Nullable String orderReason) {}

    public record Slate(
            long id, long sessionId, String nominatedBy, OffsetDateTime nominatedAt, List<SlateCandidate> candidates) {}

    public record Decision(
            long id,
            String nip,
            String name,
            int rank,
            @Nullable String reason,
            @Nullable Long correctsId,
            String decidedBy,
            OffsetDateTime decidedAt) {}

    public record Announcement(long id, LocalDate announcedOn, LocalDate objectionDeadline, String status) {}

    /** An objection as the committee sees it, with the objector's contact details (never shown publicly). */
    public record Objection(
            long id,
            long announcementId,
            OffsetDateTime submittedAt,
            String name,
            String contact,
            String text,
            @Nullable String response,
            @Nullable String respondedBy,
            @Nullable OffsetDateTime respondedAt) {}

    /**
     * A succession case: the target position, the published period whose pool feeds it, the step it stands at, the
     * current slate, every decision (newest first; the first is in force, a correction names the one it corrects),
     * the current announcement.
     */
    public record SuccessionCase(
            long id,
            PositionRef position,
            long periodId,
            CaseStatus status,
            String openedBy,
            OffsetDateTime openedAt,
            @Nullable Slate slate,
            List<Decision> decisions,
            @Nullable Announcement announcement,
            @Nullable LocalDate finalizedOn) {}

    public record CommitteeMember(String username, String name, MemberRole role, boolean present) {}

    public record ConflictDeclaration(String username, String nip, String reason, OffsetDateTime declaredAt) {}

    /** A session acts from {@code heldOn} until it is closed ({@code closedAt}); its record is final after that. */
    public record CommitteeSession(
            long id,
            String title,
            LocalDate heldOn,
            int quorum,
            int present,
            boolean quorumMet,
            @Nullable String minutes,
            String createdBy,
            List<CommitteeMember> members,
            List<ConflictDeclaration> conflicts,
            @Nullable OffsetDateTime closedAt,
            @Nullable String closedBy) {

        public boolean openOn(LocalDate day) {
            return closedAt == null && !day.isBefore(heldOn);
        }
    }

    public record PositionBench(PositionRef position, int successors, int readyNow) {}

    /** Bench strength of an agency over its target positions (horizon one year) and its critical positions. */
    public record BenchStrength(
            int criticalPositions,
            int criticalWithReadyNow,
            double criticalReadyNowPercent,
            double successorsPerPosition,
            List<PositionBench> positions,
            List<PositionRef> withoutSuccessor,
            List<PositionRef> retiringWithinYearWithoutSuccessor) {}

    /**
     * A position on the roadmap: {@code step} moves away (1 = next), what the organisation needs there ({@code needs}:
     * vacant, vacating within the horizon by retirement or a planned move, critical; soonest {@code vacancyDate}) and
     * what the employee meets.
     */
    public record RoadmapTarget(
            PositionRef position,
            int step,
            List<TargetReason> needs,
            @Nullable LocalDate vacancyDate,
            int successors,
            Eligibility.Outcome eligibility,
            List<Eligibility.Check> checks,
            @Nullable BigDecimal jpm,
            @Nullable TrainingNeed training) {}

    /** The leadership training a managerial step expects ({@link LeadershipTraining}) and whether it is on record. */
    public record TrainingNeed(
            String programme, boolean onRecord, @Nullable String evidence) {}

    /**
     * Where an employee could go next, what they meet and what not yet, and the development plan of their box;
     * {@code noteText} says why something is missing ({@link #note()} is its English).
     */
    public record CareerRoadmap(
            String nip,
            String name,
            @Nullable PositionRef currentPosition,
            @Nullable String periodName,
            @Nullable Integer box,
            List<String> developmentPlan,
            List<RoadmapTarget> targets,
            @Nullable Text noteText) {

        public @Nullable String note() {
            return noteText == null ? null : noteText.english();
        }
    }

    public record LedgerEntry(
            long id,
            OffsetDateTime at,
            String actor,
            String action,
            String subject,
            String payload,
            String prevHash,
            String hash) {}

    /**
     * A finalised appointment as the public record keeps it, after the announcement is gone: the post, the appointee
     * (name and masked NIP, as the announcement showed them), the decision date and the date it took effect.
     */
    public record PublicAppointment(
            long caseId,
            String agency,
            String position,
            @Nullable String unit,
            String appointee,
            String maskedNip,
            LocalDate decidedOn,
            LocalDate effectiveOn) {}

    /** A shortlist as the public sees it: no scores, no box, no birth date, no full NIP, nothing of objectors. */
    public record PublicAnnouncement(
            long id,
            String agency,
            String position,
            @Nullable String unit,
            LocalDate announcedOn,
            LocalDate objectionDeadline,
            List<PublicCandidate> candidates) {}

    public record PublicCandidate(
            int rank,
            String name,
            String maskedNip,
            @Nullable String currentPosition,
            boolean selected) {}

    public record ObjectionReceipt(long id, OffsetDateTime submittedAt, LocalDate objectionDeadline) {}
}
