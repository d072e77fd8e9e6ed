package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.CommunityFeedbackService.Submission;
import id.meritasn.shared.outcome.Outcome;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The payloads of the assessment mutations: the value when the step was done, or its refusal as a typed error (GraphQL
 * type AssessmentRefusal: the rule as a code) with nothing stored. Missing roles and agencies stay GraphQL errors
 * (FORBIDDEN), as in every feature.
 */
final class AssessmentPayloads {

    private AssessmentPayloads() {}

    record TalentResultPayload(@Nullable TalentResult result, List<AssessmentProblem> errors) {
        TalentResultPayload(Outcome<TalentResult, AssessmentProblem> outcome) {
            this(outcome.valueOrNull(), outcome.problems());
        }
    }

    record AssessmentPeriodPayload(@Nullable AssessmentPeriod period, List<AssessmentProblem> errors) {
        AssessmentPeriodPayload(Outcome<AssessmentPeriod, AssessmentProblem> outcome) {
            this(outcome.valueOrNull(), outcome.problems());
        }
    }

    record ComputeAssessmentPeriodPayload(@Nullable Integer changed, List<AssessmentProblem> errors) {
        ComputeAssessmentPeriodPayload(Outcome<Integer, AssessmentProblem> outcome) {
            this(outcome.valueOrNull(), outcome.problems());
        }
    }

    record CommunityFeedbackPayload(@Nullable Submission feedback, List<AssessmentProblem> errors) {
        CommunityFeedbackPayload(Outcome<Submission, AssessmentProblem> outcome) {
            this(outcome.valueOrNull(), outcome.problems());
        }
    }
}
