package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.succession.CommitteeService;
import id.meritasn.succession.SuccessionProblem;
import id.meritasn.succession.SuccessionRecords.CommitteeSession;
import id.meritasn.succession.SuccessionRecords.MemberRole;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** The talent committee's session page: open a session, declare conflicts of interest, record the minutes. */
@BrowserCallable
@PermitAll
class CommitteeBrowserService {

    private final CommitteeService committee;

    CommitteeBrowserService(CommitteeService committee) {
        this.committee = committee;
    }

    record Member(
            @NonNull String username,
            @NonNull String name,
            @NonNull MemberRole role,
            boolean present) {}

    record SessionOutcome(
            @Nullable CommitteeSession session, @NonNull List<@NonNull String> problems) {}

    public @NonNull List<@NonNull CommitteeSession> sessions() {
        return committee.sessions(UiCaller.agency());
    }

    public @NonNull SessionOutcome create(
            @NonNull String title,
            @NonNull LocalDate heldOn,
            @Nullable Integer quorum,
            @NonNull List<@NonNull Member> members) {
        return outcome(committee.createSession(
                UiCaller.agency(),
                title,
                heldOn,
                quorum,
                members.stream()
                        .map(m -> new CommitteeService.MemberInput(m.username(), m.name(), m.role(), m.present()))
                        .toList(),
                UiCaller.username()));
    }

    public @NonNull SessionOutcome declareConflict(long sessionId, @NonNull String nip, @NonNull String reason) {
        return outcome(committee.declareConflict(UiCaller.agency(), sessionId, nip, reason, UiCaller.username()));
    }

    public @NonNull SessionOutcome recordMinutes(long sessionId, @NonNull String minutes) {
        return outcome(committee.recordMinutes(UiCaller.agency(), sessionId, minutes, UiCaller.username()));
    }

    /** Closes the session: no calibration move or agreement is made in it afterwards. */
    public @NonNull SessionOutcome close(long sessionId) {
        return outcome(committee.closeSession(UiCaller.agency(), sessionId, UiCaller.username()));
    }

    private static SessionOutcome outcome(Outcome<CommitteeSession, SuccessionProblem> result) {
        return new SessionOutcome(result.valueOrNull(), SuccessionBrowserService.messages(result.problems()));
    }
}
