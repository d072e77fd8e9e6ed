package id.meritasn.employee;

import id.meritasn.shared.error.ClassifiedException;

/** A NIP from outside broke a rule where no payload can carry the refusal (e.g. a lookup argument). */
public class InvalidNipException extends ClassifiedException {

    private final transient Nip.Problem problem;

    InvalidNipException(Nip.Problem problem) {
        super(Kind.BAD_REQUEST, problem.message());
        this.problem = problem;
    }

    public Nip.Problem problem() {
        return problem;
    }
}
