package id.meritasn.succession;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.NotCommitteeMember;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.CommitteeMember;
import id.meritasn.succession.SuccessionRecords.CommitteeSession;
import id.meritasn.succession.SuccessionRecords.MemberRole;
import id.meritasn.tenancy.TenantDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent committee sessions: who sits (by username, with a role and attendance), the quorum, conflict-of-interest
 * declarations and the minutes. Only a member of a session acts in it; every action is in the succession ledger.
 */
@Service
public class CommitteeService {

    static final String COMMITTEE = Access.COMMITTEE;

    private final TenantDatabase tenants;
    private final CommitteeRepository committee;
    private final SuccessionLedger ledger;
    private final TalentFacts facts;

    CommitteeService(
            TenantDatabase tenants, CommitteeRepository committee, SuccessionLedger ledger, TalentFacts facts) {
        this.tenants = tenants;
        this.committee = committee;
        this.ledger = ledger;
        this.facts = facts;
    }

    /** A member as the session is opened with. */
    public record MemberInput(
            String username,
            String name,
            MemberRole role,
            @Nullable Boolean present) {}

    /**
     * Opens a session. The quorum defaults to a majority of the members; at most one chair. The caller need not sit
     * in it (a secretariat may prepare it), but only members act in it.
     */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<CommitteeSession, SuccessionProblem> createSession(
            String agency,
            String title,
            LocalDate heldOn,
            @Nullable Integer quorum,
            List<MemberInput> members,
            String actor) {
        DSLContext tenant = tenants.enter(agency);
        if (title.isBlank() || title.length() > 200) {
            return Outcome.refused(new InvalidField("A session title is 1 to 200 characters.", "title"));
        }
        if (members.isEmpty()) {
            return Outcome.refused(new InvalidField("A session needs at least one member.", "members"));
        }
        if (members.stream().map(m -> m.username().trim()).distinct().count() < members.size()
                || members.stream()
                        .anyMatch(m -> m.username().isBlank() || m.name().isBlank())) {
            return Outcome.refused(
                    new InvalidField("Every member needs a username and a name, each username once.", "members"));
        }
        if (members.stream().filter(m -> m.role() == MemberRole.CHAIR).count() > 1) {
            return Outcome.refused(new InvalidField("A session has at most one chair.", "members"));
        }
        int needed = quorum == null ? members.size() / 2 + 1 : quorum;
        if (needed < 1 || needed > members.size()) {
            return Outcome.refused(new InvalidField(
                    "The quorum is 1 to the number of members (" + members.size() + "), was " + needed + ".",
                    "quorum"));
        }
        List<CommitteeMember> list = members.stream()
                .map(m -> new CommitteeMember(
                        m.username().trim(), m.name().trim(), m.role(), m.present() == null || m.present()))
                .toList();
        long id = committee.create(tenant, title.trim(), heldOn, needed, list, actor);
        ledger.append(
                tenant,
                actor,
                "session.created",
                "session/" + id,
                Map.of(
                        "title",
                        title.trim(),
                        "heldOn",
                        heldOn.toString(),
                        "quorum",
                        needed,
                        "members",
                        list.stream()
                                .map(m -> m.username() + ":" + m.role() + (m.present() ? ":present" : ":absent"))
                                .toList()));
        return Outcome.done(committee.session(tenant, id).orElseThrow());
    }

    /** The caller declares a conflict of interest about a candidate; from then on they cannot act on that candidate. */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<CommitteeSession, SuccessionProblem> declareConflict(
            String agency, long sessionId, String nip, String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        var session = committee.session(tenant, sessionId).orElse(null);
        if (session == null) {
            return Outcome.refused(new SuccessionNotFound("No committee session " + sessionId + " in this agency."));
        }
        if (session.members().stream().noneMatch(m -> m.username().equals(actor))) {
            return Outcome.refused(notMember(actor, session));
        }
        if (reason.isBlank()) {
            return Outcome.refused(new InvalidField("A conflict declaration says why.", "reason"));
        }
        if (facts.employee(agency, nip.trim()) == null) {
            return Outcome.refused(new SuccessionNotFound("No employee with NIP " + nip + " in this agency."));
        }
        if (committee.declareConflict(tenant, sessionId, actor, nip.trim(), reason.trim())) {
            ledger.append(
                    tenant,
                    actor,
                    "conflict.declared",
                    "session/" + sessionId,
                    Map.of("nip", nip.trim(), "reason", reason.trim()));
        }
        return Outcome.done(committee.session(tenant, sessionId).orElseThrow());
    }

    /** Records (or replaces) the minutes of a session; every version stays in the ledger. */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<CommitteeSession, SuccessionProblem> recordMinutes(
            String agency, long sessionId, String minutes, String actor) {
        DSLContext tenant = tenants.enter(agency);
        var session = committee.session(tenant, sessionId).orElse(null);
        if (session == null) {
            return Outcome.refused(new SuccessionNotFound("No committee session " + sessionId + " in this agency."));
        }
        if (session.members().stream().noneMatch(m -> m.username().equals(actor))) {
            return Outcome.refused(notMember(actor, session));
        }
        if (minutes.isBlank()) {
            return Outcome.refused(new InvalidField("The minutes are empty.", "minutes"));
        }
        committee.recordMinutes(tenant, sessionId, minutes.trim());
        ledger.append(tenant, actor, "minutes.recorded", "session/" + sessionId, Map.of("minutes", minutes.trim()));
        return Outcome.done(committee.session(tenant, sessionId).orElseThrow());
    }

    /** A member closes the session: from then on nothing more is decided in it (calibration moves included). */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<CommitteeSession, SuccessionProblem> closeSession(String agency, long sessionId, String actor) {
        DSLContext tenant = tenants.enter(agency);
        var session = committee.session(tenant, sessionId).orElse(null);
        if (session == null) {
            return Outcome.refused(new SuccessionNotFound("No committee session " + sessionId + " in this agency."));
        }
        if (session.members().stream().noneMatch(m -> m.username().equals(actor))) {
            return Outcome.refused(notMember(actor, session));
        }
        if (committee.close(tenant, sessionId, actor)) {
            ledger.append(tenant, actor, "session.closed", "session/" + sessionId, Map.of("title", session.title()));
        }
        return Outcome.done(committee.session(tenant, sessionId).orElseThrow());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SuccessionPlanningService.READ)
    public List<CommitteeSession> sessions(String agency) {
        return committee.sessions(tenants.enter(agency), null);
    }

    /**
     * Why the actor cannot decide in this session today, or null: the session is open (held, not closed), the actor
     * sits in it present, and it has quorum. One check for every decision taken in a session.
     */
    static @Nullable SuccessionProblem cannotDecide(CommitteeSession session, String actor, LocalDate today) {
        if (!session.openOn(today)) {
            return new InvalidField(
                    "Session " + session.id() + " is not open: a session acts from the day it is held"
                            + " until it is closed.",
                    "sessionId");
        }
        if (session.members().stream().noneMatch(m -> m.username().equals(actor) && m.present())) {
            return notMember(actor, session);
        }
        if (!session.quorumMet()) {
            return new SuccessionProblem.QuorumNotMet(
                    "Session " + session.id() + " has " + session.present() + " members present and needs "
                            + session.quorum() + ".",
                    session.present(),
                    session.quorum());
        }
        return null;
    }

    static NotCommitteeMember notMember(String actor, CommitteeSession session) {
        return new NotCommitteeMember("'" + actor + "' is not a member of committee session " + session.id() + " ('"
                + session.title() + "'); only its members act in it.");
    }
}
