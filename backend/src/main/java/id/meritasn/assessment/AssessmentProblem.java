package id.meritasn.assessment;

import id.meritasn.shared.outcome.Outcome;

/**
 * Why an assessment step was refused (period closed, unknown employee, score out of range, ...): the rule as a stable
 * code (PERIOD_NOT_OPEN, UNKNOWN_EMPLOYEE, EVIDENCE_REQUIRED, ...) and the words for a person. GraphQL names it
 * AssessmentRefusal.
 */
public record AssessmentProblem(String code, String message) {

    static <T> Outcome<T, AssessmentProblem> refused(String code, String message) {
        return Outcome.refused(new AssessmentProblem(code, message));
    }
}
