package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import id.meritasn.shared.graphql.CurrentAgency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of the 360: assigned raters, each rater's tasks, and answers. */
@Controller
class FeedbackController {

    private final FeedbackService feedback;
    private final ProfileReads profileReads;

    FeedbackController(FeedbackService feedback, ProfileReads profileReads) {
        this.profileReads = profileReads;
        this.feedback = feedback;
    }

    record RecordFeedbackInput(
            long periodId, String nip, @Nullable RaterGroup group, int score) {}

    record ChangeFeedbackRaterInput(
            long periodId,
            String nip,
            String rater,
            @Nullable RaterGroup group,
            String reason) {}

    record RecordFeedbackPayload(boolean recorded, List<FeedbackService.FeedbackRefusal> errors) {}

    record AssignFeedbackRatersPayload(int assigned) {}

    record FeedbackRaterPayload(List<FeedbackService.Rater> raters, List<FeedbackService.FeedbackRefusal> errors) {}

    @QueryMapping
    List<FeedbackService.Task> myFeedbackTasks(@Argument long periodId, @CurrentAgency String agency) {
        return feedback.myTasks(agency, periodId);
    }

    @QueryMapping
    List<FeedbackService.Rater> feedbackRaters(
            @Argument long periodId, @Argument String nip, @CurrentAgency String agency) {
        var raters = feedback.raters(agency, periodId, nip);
        profileReads.record(agency, nip, ProfileView.FEEDBACK_RATERS);
        return raters;
    }

    @MutationMapping
    RecordFeedbackPayload recordFeedback(@Argument RecordFeedbackInput input, @CurrentAgency String agency) {
        Optional<FeedbackService.FeedbackRefusal> refused =
                feedback.record(agency, input.periodId(), input.nip(), input.score());
        return new RecordFeedbackPayload(refused.isEmpty(), refused.stream().toList());
    }

    @MutationMapping
    AssignFeedbackRatersPayload assignFeedbackRaters(
            @Argument AssessmentController.PeriodInput input, Authentication caller, @CurrentAgency String agency) {
        return new AssignFeedbackRatersPayload(feedback.assignRaters(agency, input.periodId(), caller.getName()));
    }

    @MutationMapping
    FeedbackRaterPayload addFeedbackRater(
            @Argument ChangeFeedbackRaterInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(
                agency,
                input,
                feedback.addRater(
                        agency,
                        input.periodId(),
                        input.nip(),
                        input.rater(),
                        input.group() == null ? RaterGroup.PEER : input.group(),
                        input.reason(),
                        caller.getName()));
    }

    @MutationMapping
    FeedbackRaterPayload removeFeedbackRater(
            @Argument ChangeFeedbackRaterInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(
                agency,
                input,
                feedback.removeRater(
                        agency, input.periodId(), input.nip(), input.rater(), input.reason(), caller.getName()));
    }

    private FeedbackRaterPayload payload(
            String agency, ChangeFeedbackRaterInput input, Optional<FeedbackService.FeedbackRefusal> refused) {
        return refused.isPresent()
                ? new FeedbackRaterPayload(List.of(), List.of(refused.get()))
                : new FeedbackRaterPayload(feedback.raters(agency, input.periodId(), input.nip()), List.of());
    }
}
