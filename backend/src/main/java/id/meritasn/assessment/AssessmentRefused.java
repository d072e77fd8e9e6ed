package id.meritasn.assessment;

import id.meritasn.shared.error.ClassifiedException;

/**
 * A refusal the caller can act on (period closed, unknown employee, score out of range, ...): the rule as a stable
 * code (PERIOD_NOT_OPEN, UNKNOWN_EMPLOYEE, EVIDENCE_REQUIRED, ...) and the words for a person. Mutations return it
 * as a payload error; queries as a GraphQL error.
 */
public class AssessmentRefused extends ClassifiedException {
    private final String code;

    AssessmentRefused(String code, String message) {
        super(Kind.BAD_REQUEST, message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
