package id.meritasn.employee;

import id.meritasn.shared.graphql.FieldInvalid;

/**
 * Why an employee write was refused (nothing was written). The GraphQL layer names them FieldInvalid, NipInvalid,
 * EmployeeNotFound and EmployeeAlreadyExists; forms and the import show each on the field it concerns.
 */
public sealed interface EmployeeProblem {

    String message();

    /** The problem as a field problem, for callers that list problems per field (the import, forms). */
    FieldInvalid asField();

    /** A field of the draft or history entry broke a rule (a NIP's own rules are {@link InvalidNip}). */
    record InvalidField(FieldInvalid problem) implements EmployeeProblem {
        @Override
        public String message() {
            return problem.message();
        }

        @Override
        public FieldInvalid asField() {
            return problem;
        }
    }

    /** The NIP is malformed: every rule it broke, so the form can say which digits are wrong. */
    record InvalidNip(Nip.Problem problem) implements EmployeeProblem {
        @Override
        public String message() {
            return problem.message();
        }

        @Override
        public FieldInvalid asField() {
            return FieldInvalid.of(problem.text(), "nip");
        }
    }

    /** An update, status change, history entry or appointment named an employee the agency does not have. */
    record NotFound(String nip) implements EmployeeProblem {
        @Override
        public String message() {
            return "No employee with NIP " + nip + " in this agency.";
        }

        @Override
        public FieldInvalid asField() {
            return new FieldInvalid(message(), "nip");
        }
    }

    /** A create named a NIP the agency already has. */
    record AlreadyExists(String nip) implements EmployeeProblem {
        @Override
        public String message() {
            return "An employee with NIP " + nip + " already exists.";
        }

        @Override
        public FieldInvalid asField() {
            return new FieldInvalid(message(), "nip");
        }
    }
}
