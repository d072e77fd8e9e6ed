package id.meritasn.development;

import id.meritasn.development.DevelopmentController.DevelopmentRefusal;
import id.meritasn.development.PoolRecords.Mentoring;
import id.meritasn.development.PoolRecords.PoolReview;
import id.meritasn.development.PoolRecords.RecordedReview;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.outcome.Outcome;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of the talent-pool review and of mentoring. */
@Controller
class PoolController {

    record RecordPoolReviewInput(String heldOn, String outcome) {}

    record PairMentorInput(String menteeNip, String mentorNip, String goal, String startedOn) {}

    record MentoringMeetingInput(String mentoringId, String heldOn, String notes) {}

    record EndMentoringInput(String mentoringId, String endedOn) {}

    record PoolReviewPayload(@Nullable RecordedReview review, List<DevelopmentRefusal> errors) {}

    record MentoringPayload(@Nullable Mentoring mentoring, List<DevelopmentRefusal> errors) {}

    record FlagCount(String kind, int count) {}

    private final PoolReviewService reviews;
    private final MentoringService mentoring;

    PoolController(PoolReviewService reviews, MentoringService mentoring) {
        this.reviews = reviews;
        this.mentoring = mentoring;
    }

    @QueryMapping
    PoolReview talentPoolReview(@CurrentAgency String agency) {
        return reviews.review(agency);
    }

    @QueryMapping
    List<Mentoring> mentorings(@CurrentAgency String agency) {
        return mentoring.all(agency);
    }

    @QueryMapping
    List<Mentoring> myMentorings(@CurrentAgency String agency) {
        return mentoring.mine(agency);
    }

    @SchemaMapping(typeName = "RecordedPoolReview", field = "flags")
    List<FlagCount> flags(RecordedReview review) {
        return review.flags().entrySet().stream()
                .map(e -> new FlagCount(e.getKey(), e.getValue()))
                .toList();
    }

    @MutationMapping
    PoolReviewPayload recordPoolReview(
            @CurrentAgency String agency, @Argument RecordPoolReviewInput input, Authentication caller) {
        return dated(
                input.heldOn(),
                "heldOn",
                on -> reviews.record(agency, on, input.outcome(), caller.getName()),
                PoolReviewPayload::new);
    }

    @MutationMapping
    MentoringPayload pairMentor(@CurrentAgency String agency, @Argument PairMentorInput input, Authentication caller) {
        return dated(
                input.startedOn(),
                "startedOn",
                on -> mentoring.pair(
                        agency, input.menteeNip().trim(), input.mentorNip().trim(), input.goal(), on, caller.getName()),
                MentoringPayload::new);
    }

    @MutationMapping
    MentoringPayload recordMentoringMeeting(
            @CurrentAgency String agency, @Argument MentoringMeetingInput input, Authentication caller) {
        return dated(
                input.heldOn(),
                "heldOn",
                on -> mentoring.recordMeeting(agency, id(input.mentoringId()), on, input.notes(), caller.getName()),
                MentoringPayload::new);
    }

    @MutationMapping
    MentoringPayload endMentoring(@CurrentAgency String agency, @Argument EndMentoringInput input) {
        return dated(
                input.endedOn(),
                "endedOn",
                on -> mentoring.end(agency, id(input.mentoringId()), on),
                MentoringPayload::new);
    }

    /** Parses the date and runs the step, or answers which field holds no date; the payload from either. */
    private static <T, P> P dated(
            String date,
            String field,
            Function<LocalDate, Outcome<T, DevelopmentProblem>> step,
            BiFunction<@Nullable T, List<DevelopmentRefusal>, P> payload) {
        Outcome<T, DevelopmentProblem> outcome;
        try {
            outcome = step.apply(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            outcome = DevelopmentProblem.invalid("'" + date + "' is not a date like 2026-11-30.", field);
        }
        return payload.apply(outcome.valueOrNull(), DevelopmentController.refusals(outcome));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1; // no such mentoring: the service answers NOT_FOUND
        }
    }
}
