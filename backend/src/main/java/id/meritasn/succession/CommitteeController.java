package id.meritasn.succession;

import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.succession.SuccessionGraphQlTypes.CommitteeSessionPayload;
import id.meritasn.succession.SuccessionGraphQlTypes.CreateCommitteeSessionInput;
import id.meritasn.succession.SuccessionGraphQlTypes.DeclareConflictInput;
import id.meritasn.succession.SuccessionGraphQlTypes.RecordMinutesInput;
import id.meritasn.succession.SuccessionRecords.CommitteeSession;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of talent committee sessions. */
@Controller
class CommitteeController {

    private final CommitteeService committee;

    CommitteeController(CommitteeService committee) {
        this.committee = committee;
    }

    @QueryMapping
    List<CommitteeSession> committeeSessions(@CurrentAgency String agency) {
        return committee.sessions(agency);
    }

    @MutationMapping
    CommitteeSessionPayload createCommitteeSession(
            @Argument CreateCommitteeSessionInput input, Authentication caller, @CurrentAgency String agency) {
        var result = committee.createSession(
                agency,
                input.title(),
                input.heldOn(),
                input.quorum(),
                input.members().stream()
                        .map(m -> new CommitteeService.MemberInput(m.username(), m.name(), m.role(), m.present()))
                        .toList(),
                caller.getName());
        return new CommitteeSessionPayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }

    @MutationMapping
    CommitteeSessionPayload declareConflict(
            @Argument DeclareConflictInput input, Authentication caller, @CurrentAgency String agency) {
        var result =
                committee.declareConflict(agency, input.sessionId(), input.nip(), input.reason(), caller.getName());
        return new CommitteeSessionPayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }

    @MutationMapping
    CommitteeSessionPayload recordMinutes(
            @Argument RecordMinutesInput input, Authentication caller, @CurrentAgency String agency) {
        var result = committee.recordMinutes(agency, input.sessionId(), input.minutes(), caller.getName());
        return new CommitteeSessionPayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }

    @MutationMapping
    CommitteeSessionPayload closeCommitteeSession(
            @Argument SuccessionGraphQlTypes.CloseSessionInput input,
            Authentication caller,
            @CurrentAgency String agency) {
        var result = committee.closeSession(agency, input.sessionId(), caller.getName());
        return new CommitteeSessionPayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }
}
