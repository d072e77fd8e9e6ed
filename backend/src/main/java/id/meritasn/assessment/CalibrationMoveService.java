package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.MoveStatus;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.CommitteeSittings.Sitting;
import id.meritasn.audit.AuditLog;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.tenancy.TenantDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration as a committee act: a member present in an open session with quorum proposes a move with its reason; a
 * move that touches the succession group (from or into boxes 7-9) or jumps more than one row or column is only in
 * force once another present member agrees, so no single person changes who enters the succession group. Every step
 * is in the agency's audit trail.
 */
@Service
public class CalibrationMoveService {

    static final String COMMITTEE = Access.COMMITTEE;
    static final String BOARD = Access.SUCCESSION_READERS;
    /** A reason that says something: the evidence or the committee's finding, not "ok". */
    static final int MIN_REASON = 20;

    static final int MAX_REASON = 2000;

    private final TenantDatabase tenants;
    private final AssessmentRepository results;
    private final CalibrationRepository moves;
    private final CommitteeSittings sittings;
    private final AuditLog audit;

    CalibrationMoveService(
            TenantDatabase tenants,
            AssessmentRepository results,
            CalibrationRepository moves,
            CommitteeSittings sittings,
            AuditLog audit) {
        this.tenants = tenants;
        this.results = results;
        this.moves = moves;
        this.sittings = sittings;
        this.audit = audit;
    }

    /** Why a calibration step was refused: a stable rule code and words an operator can act on. */
    public record Refusal(String rule, String message) {}

    /** Whether a move from one box to another waits for a second member (see the class comment). */
    public static boolean needsSecondMember(int from, int to) {
        return NineBox.inSuccessionGroup(from)
                || NineBox.inSuccessionGroup(to)
                || Math.abs(NineBox.performanceRow(from) - NineBox.performanceRow(to)) > 1
                || Math.abs(NineBox.potentialColumn(from) - NineBox.potentialColumn(to)) > 1;
    }

    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<CalibrationMove, Refusal> propose(
            String agency, long periodId, long sessionId, String nip, int toBox, String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Optional<Refusal> refused = calibrating(tenant, periodId);
        if (refused.isEmpty() && (toBox < 1 || toBox > 9)) {
            refused = refusal("BOX_RANGE", "Boxes are numbered 1 to 9, not " + toBox + ".");
        }
        if (refused.isEmpty()) {
            refused = reason("reason", reason, MIN_REASON);
        }
        if (refused.isEmpty()) {
            refused = inSession(agency, sessionId, actor, nip, true);
        }
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        TalentResult result =
                results.latestResults(tenant, periodId, List.of(nip)).get(nip);
        if (result == null || !result.mapped() || result.box() == null) {
            return refused("NOT_MAPPED", "Employee " + nip + " is not mapped in this period; there is no box to move.");
        }
        var pending = moves.pending(tenant, periodId, nip);
        if (pending.isPresent()) {
            return refused(
                    "MOVE_PENDING",
                    "A move of " + nip + " to box " + pending.get().toBox() + " proposed by '"
                            + pending.get().movedBy() + "' waits for agreement; settle it first.");
        }
        CalibrationMove current =
                moves.latestAgreed(tenant, periodId, List.of(nip)).get(nip);
        int from = current == null ? result.mappedBox() : current.toBox();
        if (from == toBox) {
            return refused("SAME_BOX", "Employee " + nip + " is already in box " + toBox + ".");
        }
        boolean second = needsSecondMember(from, toBox);
        long id = moves.propose(tenant, periodId, nip, from, toBox, reason.trim(), actor, sessionId, second);
        audit.record(
                actor,
                second ? "calibration.move-proposed" : "calibration.move-agreed",
                agency,
                Map.of(
                        "period",
                        periodId,
                        "session",
                        sessionId,
                        "nip",
                        nip,
                        "from",
                        from,
                        "to",
                        toBox,
                        "reason",
                        reason.trim()));
        return Outcome.done(moves.move(tenant, id).orElseThrow());
    }

    /** Another present member agrees: the move is in force. The proposer cannot agree to their own. */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<CalibrationMove, Refusal> agree(String agency, long moveId, long sessionId, String actor) {
        return decide(agency, moveId, sessionId, actor, MoveStatus.AGREED, null);
    }

    /** Any present member (the proposer too, withdrawing it) declines a pending move with a reason; nothing changes. */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<CalibrationMove, Refusal> decline(
            String agency, long moveId, long sessionId, String reason, String actor) {
        return decide(agency, moveId, sessionId, actor, MoveStatus.DECLINED, reason);
    }

    /** Every move of the period (pending, agreed, declined), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(BOARD)
    public List<CalibrationMove> moves(String agency, long periodId) {
        return moves.all(tenants.enter(agency), periodId);
    }

    private Outcome<CalibrationMove, Refusal> decide(
            String agency, long moveId, long sessionId, String actor, MoveStatus status, @Nullable String reason) {
        DSLContext tenant = tenants.enter(agency);
        CalibrationMove move = moves.move(tenant, moveId).orElse(null);
        if (move == null) {
            return refused("MOVE_NOT_FOUND", "No calibration move " + moveId + " in this agency.");
        }
        if (move.status() != MoveStatus.PENDING) {
            return refused("NOT_PENDING", "Move " + moveId + " is " + move.status() + " already.");
        }
        Optional<Refusal> refused = calibrating(tenant, move.periodId());
        if (refused.isEmpty() && reason != null) {
            refused = reason("decisionReason", reason, 10);
        }
        if (refused.isEmpty()) {
            refused = inSession(agency, sessionId, actor, move.nip(), status == MoveStatus.AGREED);
        }
        if (refused.isEmpty() && status == MoveStatus.AGREED && move.movedBy().equals(actor)) {
            refused = refusal(
                    "OWN_PROPOSAL",
                    "A move needs a second member: '" + actor + "' proposed it and cannot agree to it.");
        }
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        if (!moves.decide(tenant, moveId, status, actor, sessionId, reason == null ? null : reason.trim())) {
            return refused("NOT_PENDING", "Move " + moveId + " was settled by someone else meanwhile.");
        }
        audit.record(
                actor,
                status == MoveStatus.AGREED ? "calibration.move-agreed" : "calibration.move-declined",
                agency,
                Map.of(
                        "move",
                        moveId,
                        "session",
                        sessionId,
                        "nip",
                        move.nip(),
                        "from",
                        move.fromBox(),
                        "to",
                        move.toBox(),
                        "reason",
                        reason == null ? "" : reason.trim()));
        return Outcome.done(moves.move(tenant, moveId).orElseThrow());
    }

    private Optional<Refusal> calibrating(DSLContext tenant, long periodId) {
        AssessmentPeriod period = results.period(tenant, periodId).orElse(null);
        if (period == null) {
            return refusal("PERIOD_NOT_FOUND", "No assessment period " + periodId + " in this agency.");
        }
        if (period.status() != PeriodStatus.CALIBRATING) {
            return refusal(
                    "NOT_CALIBRATING",
                    "Boxes can be moved only while period '" + period.name() + "' is CALIBRATING; it is "
                            + period.status() + ".");
        }
        return Optional.empty();
    }

    /** The actor sits, present, in an open session (with quorum when the step changes the map) and has no conflict. */
    private Optional<Refusal> inSession(String agency, long sessionId, String actor, String nip, boolean needsQuorum) {
        Sitting sitting = sittings.sitting(agency, sessionId).orElse(null);
        if (sitting == null) {
            return refusal("SESSION_NOT_FOUND", "No committee session " + sessionId + " in this agency.");
        }
        if (!sitting.open()) {
            return refusal(
                    "SESSION_NOT_OPEN",
                    "Session " + sessionId + " ('" + sitting.title()
                            + "') is not open: a session acts from the day it is held until it is closed.");
        }
        if (!sitting.presentMembers().contains(actor)) {
            return refusal(
                    "NOT_PRESENT_MEMBER", "'" + actor + "' is not a present member of session " + sessionId + ".");
        }
        if (needsQuorum && !sitting.quorumMet()) {
            return refusal(
                    "QUORUM_NOT_MET",
                    "Session " + sessionId + " has " + sitting.presentMembers().size() + " members present and needs "
                            + sitting.quorum() + ".");
        }
        if (sitting.conflicted(actor, nip)) {
            return refusal(
                    "CONFLICT_OF_INTEREST",
                    "'" + actor + "' declared a conflict of interest about " + nip + " in session " + sessionId + ".");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> reason(String field, String reason, int min) {
        int length = reason.trim().length();
        if (length < min || length > MAX_REASON) {
            return refusal(
                    "REASON_LENGTH",
                    "The " + field + " is " + min + " to " + MAX_REASON + " characters (the"
                            + " evidence or the committee's finding), was " + length + ".");
        }
        return Optional.empty();
    }

    private static Outcome<CalibrationMove, Refusal> refused(String rule, String message) {
        return Outcome.refused(new Refusal(rule, message));
    }

    private static Optional<Refusal> refusal(String rule, String message) {
        return Optional.of(new Refusal(rule, message));
    }
}
