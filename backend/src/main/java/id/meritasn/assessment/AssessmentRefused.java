package id.meritasn.assessment;

import id.meritasn.shared.error.ClassifiedException;

/**
 * An {@link AssessmentProblem} thrown where no outcome can be returned: queries (the caller sees a GraphQL error
 * classified BAD_REQUEST), checks deep inside a computation or an import that stop the whole step. Commands return
 * {@code Outcome<T, AssessmentProblem>} instead, so their callers never catch this.
 */
public class AssessmentRefused extends ClassifiedException {
    private final AssessmentProblem problem;

    AssessmentRefused(String code, String message) {
        this(new AssessmentProblem(code, message));
    }

    AssessmentRefused(AssessmentProblem problem) {
        super(Kind.BAD_REQUEST, problem.message());
        this.problem = problem;
    }

    public String code() {
        return problem.code();
    }

    public AssessmentProblem problem() {
        return problem;
    }
}
