package id.meritasn.succession;

import id.meritasn.succession.SuccessionRecords.CaseStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Expected business failures of the succession workflow, returned as data (GraphQL union members of the same names;
 * {@link InvalidField} is the shared FieldInvalid type).
 */
public sealed interface SuccessionProblem {

    String message();

    record InvalidField(String message, String field) implements SuccessionProblem {}

    record SuccessionNotFound(String message) implements SuccessionProblem {}

    /** The workflow cannot skip or repeat a step: the case is at {@code status}, the step needs one of {@code allowed}. */
    record StepOutOfOrder(String message, CaseStatus status, List<CaseStatus> allowed) implements SuccessionProblem {}

    record CandidateNotEligible(String message, String nip) implements SuccessionProblem {}

    record ConflictOfInterest(String message, String nip) implements SuccessionProblem {}

    record QuorumNotMet(String message, int present, int quorum) implements SuccessionProblem {}

    record NotCommitteeMember(String message) implements SuccessionProblem {}

    record ObjectionWindowOpen(String message, LocalDate objectionDeadline) implements SuccessionProblem {}

    record ObjectionWindowClosed(String message, LocalDate objectionDeadline) implements SuccessionProblem {}

    record ObjectionsUnanswered(String message, int unanswered) implements SuccessionProblem {}

    record PositionStillHeld(String message, String nip) implements SuccessionProblem {}

    /** Conditions only the committee can settle are still open for this candidate. */
    record ManualCheckOpen(String message, String nip, List<Eligibility.Rule> rules) implements SuccessionProblem {}

    /** At finalisation the appointee is no longer active or no longer meets the conditions in force. */
    record AppointeeNotEligible(String message, String nip, List<String> reasons) implements SuccessionProblem {}

    record RateLimited(String message, long retryAfterSeconds) implements SuccessionProblem {}
}
