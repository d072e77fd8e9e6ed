package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.CommunityFeedbackService.Submission;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The payloads of the assessment mutations: the value on success, or the refusal as a typed error (its rule as a code)
 * with nothing stored, since the service's transaction rolled back. Missing roles and agencies stay GraphQL errors
 * (FORBIDDEN), as in every feature.
 */
final class AssessmentPayloads {

    private AssessmentPayloads() {}

    record AssessmentRefusal(String code, String message) {}

    record TalentResultPayload(@Nullable TalentResult result, List<AssessmentRefusal> errors) {}

    record AssessmentPeriodPayload(@Nullable AssessmentPeriod period, List<AssessmentRefusal> errors) {}

    record ComputeAssessmentPeriodPayload(@Nullable Integer changed, List<AssessmentRefusal> errors) {}

    record CommunityFeedbackPayload(@Nullable Submission feedback, List<AssessmentRefusal> errors) {}

    /** Runs the operation and builds its payload from the value, or from the refusal when the service refused. */
    static <T, P> P attempt(Supplier<T> operation, BiFunction<@Nullable T, List<AssessmentRefusal>, P> payload) {
        T value;
        try {
            value = operation.get();
        } catch (AssessmentRefused refused) {
            return payload.apply(null, List.of(new AssessmentRefusal(refused.code(), refused.getMessage())));
        }
        return payload.apply(value, List.of());
    }
}
