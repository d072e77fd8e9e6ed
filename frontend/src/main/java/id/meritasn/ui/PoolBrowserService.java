package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.development.DevelopmentProblem;
import id.meritasn.development.DevelopmentRecords.GroupPlan;
import id.meritasn.development.GroupPlanService;
import id.meritasn.development.MentoringService;
import id.meritasn.development.PoolRecords.Mentoring;
import id.meritasn.development.PoolRecords.PoolReview;
import id.meritasn.development.PoolRecords.RecordedReview;
import id.meritasn.development.PoolReviewService;
import id.meritasn.shared.outcome.Outcome;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** The talent-pool review and mentoring on /kelompok-talenta. */
@BrowserCallable
@PermitAll
class PoolBrowserService {

    /** A step's result: what it made, or why it was refused (nothing changed). */
    public record Result<T>(
            @Nullable T value,
            @Nullable String problem,
            @Nullable String field) {}

    private final PoolReviewService reviews;
    private final MentoringService mentoring;
    private final GroupPlanService groupPlans;

    PoolBrowserService(PoolReviewService reviews, MentoringService mentoring, GroupPlanService groupPlans) {
        this.reviews = reviews;
        this.mentoring = mentoring;
        this.groupPlans = groupPlans;
    }

    public @NonNull PoolReview review() {
        return reviews.review(UiCaller.agency());
    }

    public @NonNull Result<RecordedReview> record(@NonNull String heldOn, @NonNull String outcome) {
        return dated(heldOn, "heldOn", on -> reviews.record(UiCaller.agency(), on, outcome, UiCaller.username()));
    }

    public @NonNull List<@NonNull GroupPlan> groupPlans() {
        return groupPlans.groupPlans(UiCaller.agency());
    }

    public @NonNull Result<GroupPlan> reviewPlan(@NonNull String nip, @NonNull String verdict, @NonNull String note) {
        return result(groupPlans.review(UiCaller.agency(), nip, verdict, note, UiCaller.username()));
    }

    public @NonNull List<@NonNull Mentoring> mentorings() {
        return mentoring.all(UiCaller.agency());
    }

    public @NonNull List<@NonNull Mentoring> myMentorings() {
        return mentoring.mine(UiCaller.agency());
    }

    public @NonNull Result<Mentoring> pair(
            @NonNull String menteeNip, @NonNull String mentorNip, @NonNull String goal, @NonNull String startedOn) {
        return dated(
                startedOn,
                "startedOn",
                on -> mentoring.pair(
                        UiCaller.agency(), menteeNip.trim(), mentorNip.trim(), goal, on, UiCaller.username()));
    }

    public @NonNull Result<Mentoring> meeting(long mentoringId, @NonNull String heldOn, @NonNull String notes) {
        return dated(
                heldOn,
                "heldOn",
                on -> mentoring.recordMeeting(UiCaller.agency(), mentoringId, on, notes, UiCaller.username()));
    }

    private static <T> Result<T> dated(
            String date, String field, Function<LocalDate, Outcome<T, DevelopmentProblem>> step) {
        Outcome<T, DevelopmentProblem> outcome;
        try {
            outcome = step.apply(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return new Result<>(null, "'" + date + "' is not a date like 2026-11-30.", field);
        }
        return result(outcome);
    }

    /** A development step refuses for one reason, so the first problem is the whole answer. */
    private static <T> Result<T> result(Outcome<T, DevelopmentProblem> outcome) {
        return switch (outcome) {
            case Outcome.Done<T, DevelopmentProblem> done -> new Result<>(done.value(), null, null);
            case Outcome.Refused<T, DevelopmentProblem> refused -> {
                DevelopmentProblem problem = refused.problems().getFirst();
                yield new Result<>(null, problem.message(), problem.field().isEmpty() ? null : problem.field());
            }
        };
    }
}
