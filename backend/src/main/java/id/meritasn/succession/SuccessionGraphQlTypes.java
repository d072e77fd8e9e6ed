package id.meritasn.succession;

import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.succession.SuccessionRecords.CommitteeSession;
import id.meritasn.succession.SuccessionRecords.MemberRole;
import id.meritasn.succession.SuccessionRecords.ObjectionReceipt;
import id.meritasn.succession.SuccessionRecords.PlannedMove;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.Readiness;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Inputs and payloads of graphql/succession.graphqls; union members are named like their GraphQL types. */
final class SuccessionGraphQlTypes {

    private SuccessionGraphQlTypes() {}

    record SetPositionCriticalInput(String positionCode, boolean critical) {}

    record PlanPositionMoveInput(
            String positionCode, @Nullable String nip, LocalDate leavesOn, String reason) {}

    record OpenSuccessionCaseInput(String positionCode, long periodId) {}

    record CommitteeMemberInput(
            String username,
            String name,
            MemberRole role,
            @Nullable Boolean present) {}

    record CreateCommitteeSessionInput(
            String title, LocalDate heldOn, @Nullable Integer quorum, List<CommitteeMemberInput> members) {}

    record DeclareConflictInput(long sessionId, String nip, String reason) {}

    record CloseSessionInput(long sessionId) {}

    record RecordMinutesInput(long sessionId, String minutes) {}

    record SlateEntryInput(
            String nip,
            Readiness readiness,
            @Nullable List<String> developmentPlan,
            @Nullable String orderReason) {}

    record NominateSlateInput(long caseId, long sessionId, List<SlateEntryInput> candidates) {}

    record DecideSuccessorInput(
            long caseId, String nip, @Nullable String reason) {}

    record CorrectDecisionInput(long caseId, String nip, String reason) {}

    record CaseInput(long caseId) {}

    record RespondToObjectionInput(long objectionId, String response) {}

    record FinalizeAppointmentInput(long caseId, @Nullable LocalDate effectiveDate) {}

    record SubmitObjectionInput(String agency, long announcementId, String name, String contact, String text) {}

    record SuccessionCasePayload(@Nullable SuccessionCase successionCase, List<Object> errors) {}

    record CommitteeSessionPayload(@Nullable CommitteeSession session, List<Object> errors) {}

    record PositionRefPayload(@Nullable PositionRef position, List<Object> errors) {}

    record PlannedMovePayload(@Nullable PlannedMove plannedMove, List<Object> errors) {}

    record SubmitObjectionPayload(@Nullable ObjectionReceipt receipt, List<Object> errors) {}

    /** Problems as GraphQL union members: an invalid field is the shared FieldInvalid type, the rest keep their names. */
    static List<Object> errors(List<SuccessionProblem> problems) {
        return problems.stream()
                .map(p -> p instanceof SuccessionProblem.InvalidField f
                        ? (Object) new FieldInvalid(f.message(), f.field())
                        : p)
                .toList();
    }
}
