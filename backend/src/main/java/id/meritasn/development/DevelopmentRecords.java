package id.meritasn.development;

import id.meritasn.shared.text.Text;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the development feature shows: plans, their actions, and learning hours against the yearly 20 JP. */
public final class DevelopmentRecords {

    /** Hours of learning (jam pelajaran) every civil servant has a right to each year (PP 11/2017, Pasal 203). */
    public static final int YEARLY_JP = 20;

    public enum ActionKind {
        TRAINING,
        COACHING,
        MENTORING,
        ASSIGNMENT,
        ROTATION,
        STUDY
    }

    /** Who carries an action out: the employee, their superior, or the agency (BKPSDM). */
    public enum Owner {
        EMPLOYEE,
        SUPERVISOR,
        AGENCY
    }

    public enum PlanStatus {
        PROPOSED,
        AGREED
    }

    public enum ActionStatus {
        PLANNED,
        DONE,
        CANCELLED
    }

    /** One action; {@code reason} says why it is in the plan (the box's recommendation or the gap it closes). */
    public record Action(
            long id,
            ActionKind kind,
            String title,
            Text reason,
            @Nullable String competency,
            Owner owner,
            LocalDate dueOn,
            int hours,
            ActionStatus status,
            @Nullable String evidence,
            @Nullable LocalDate completedOn) {}

    /**
     * An employee's plan for a year. {@code learningHours} are the hours of learning in the employee's records for the
     * year (completed actions are recorded there), against {@link #YEARLY_JP}.
     */
    public record Plan(
            long id,
            String nip,
            String name,
            int year,
            @Nullable Integer box,
            PlanStatus status,
            String proposedBy,
            @Nullable String agreedBy,
            @Nullable String superiorNip,
            List<Action> actions,
            int plannedHours,
            int learningHours,
            int requiredHours) {}

    /** Learning hours of a unit's employees in a year: how many had at least the yearly 20 JP. */
    public record UnitLearningHours(
            String unitCode,
            String unitName,
            int employees,
            int hours,
            int meetingYearly,
            int plans,
            int agreedPlans) {}

    /** The committee's word on an agreed plan of the succession group: it stands, or it should be revised. */
    public enum Verdict {
        ENDORSED,
        REVISE
    }

    /** The newest review of a plan; {@code current} once it came after the plan was agreed. */
    public record PlanReview(
            Verdict verdict, String note, String reviewedBy, OffsetDateTime reviewedAt, boolean current) {}

    /**
     * A member of the succession group (the newest published pool) with this year's plan as the committee reviews it:
     * its status (none yet when null), actions done of all, hours planned, the committee's newest review, and
     * whether it waits for one (agreed, and not reviewed since).
     */
    public record GroupPlan(
            String nip,
            String name,
            int box,
            @Nullable PlanStatus planStatus,
            int actions,
            int actionsDone,
            int plannedHours,
            @Nullable PlanReview review,
            boolean toReview) {

        GroupPlan(
                String nip,
                String name,
                int box,
                @Nullable PlanStatus planStatus,
                int actions,
                int actionsDone,
                int plannedHours,
                @Nullable PlanReview review) {
            this(
                    nip,
                    name,
                    box,
                    planStatus,
                    actions,
                    actionsDone,
                    plannedHours,
                    review,
                    planStatus == PlanStatus.AGREED && (review == null || !review.current()));
        }
    }

    private DevelopmentRecords() {}
}
