package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentPayloads.CommunityFeedbackPayload;
import id.meritasn.assessment.CommunityFeedbackService.Status;
import id.meritasn.assessment.CommunityFeedbackService.Submission;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.graphql.GraphQlLimitsProperties;
import id.meritasn.shared.graphql.Pages;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of community input: submission by a verified channel, the moderation queue and moderation. */
@Controller
class CommunityController {

    private final CommunityFeedbackService community;
    private final GraphQlLimitsProperties limits;

    CommunityController(CommunityFeedbackService community, GraphQlLimitsProperties limits) {
        this.community = community;
        this.limits = limits;
    }

    record SubmitCommunityFeedbackInput(
            long periodId,
            String nip,
            String verifiedNik,
            String channel,
            int score,
            @Nullable String comment) {}

    record ModerateCommunityFeedbackInput(
            long id, boolean approve, @Nullable String reason) {}

    @QueryMapping
    Window<Submission> communityFeedback(
            @Argument long periodId,
            @Argument @Nullable Status status,
            ScrollSubrange subrange,
            @CurrentAgency String agency) {
        int size = Pages.size(subrange, 50, limits.maxPageSize());
        Object after = Pages.after(subrange, "id");
        var rows = community.queue(
                agency,
                periodId,
                status == null ? Status.PENDING : status,
                after == null ? null : Long.valueOf(after.toString()),
                size + 1);
        return Pages.window(rows, size, "id", Submission::id);
    }

    @MutationMapping
    CommunityFeedbackPayload submitCommunityFeedback(
            @Argument SubmitCommunityFeedbackInput input, Authentication caller, @CurrentAgency String agency) {
        return new CommunityFeedbackPayload(community.submit(
                agency,
                input.periodId(),
                input.nip(),
                input.verifiedNik(),
                input.channel(),
                input.score(),
                input.comment(),
                caller.getName()));
    }

    @MutationMapping
    CommunityFeedbackPayload moderateCommunityFeedback(
            @Argument ModerateCommunityFeedbackInput input, Authentication caller, @CurrentAgency String agency) {
        return new CommunityFeedbackPayload(
                community.moderate(agency, input.id(), input.approve(), input.reason(), caller.getName()));
    }
}
