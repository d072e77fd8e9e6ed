package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import id.meritasn.assessment.FeedbackService;
import id.meritasn.assessment.FeedbackService.FeedbackRefusal;
import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The 360 in the browser: the colleagues the signed-in person is asked to rate, their answers, and for tenant admins
 * the raters of an employee (assigned from the organisation, added or removed with a reason). The backend service
 * decides who may do what; refusals come back as data with their rule.
 */
@BrowserCallable
@PermitAll
class FeedbackBrowserService {

    private final FeedbackService feedback;
    private final ProfileReads profileReads;

    FeedbackBrowserService(FeedbackService feedback, ProfileReads profileReads) {
        this.profileReads = profileReads;
        this.feedback = feedback;
    }

    public @NonNull List<FeedbackService.@NonNull PeriodTasks> myTasks() {
        return feedback.myOpenTasks(UiCaller.agency());
    }

    /** Null when recorded, else why not. */
    public @Nullable FeedbackRefusal rate(long periodId, @NonNull String nip, int score) {
        return feedback.record(UiCaller.agency(), periodId, nip, score).orElse(null);
    }

    public @NonNull List<FeedbackService.@NonNull Rater> raters(long periodId, @NonNull String nip) {
        List<FeedbackService.Rater> raters = feedback.raters(UiCaller.agency(), periodId, nip);
        profileReads.record(UiCaller.agency(), nip, ProfileView.FEEDBACK_RATERS);
        return raters;
    }

    /** How many new assignments the organisation gave. */
    public int assignRaters(long periodId) {
        return feedback.assignRaters(UiCaller.agency(), periodId, UiCaller.username());
    }

    public @Nullable FeedbackRefusal addRater(
            long periodId,
            @NonNull String nip,
            @NonNull String rater,
            @NonNull RaterGroup group,
            @NonNull String reason) {
        return feedback.addRater(UiCaller.agency(), periodId, nip, rater.trim(), group, reason, UiCaller.username())
                .orElse(null);
    }

    public @Nullable FeedbackRefusal removeRater(
            long periodId, @NonNull String nip, @NonNull String rater, @NonNull String reason) {
        return feedback.removeRater(UiCaller.agency(), periodId, nip, rater, reason, UiCaller.username())
                .orElse(null);
    }
}
