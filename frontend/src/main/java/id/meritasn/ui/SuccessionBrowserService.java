package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.succession.AppointmentService;
import id.meritasn.succession.CommitteeService;
import id.meritasn.succession.DecisionService;
import id.meritasn.succession.Eligibility;
import id.meritasn.succession.ManualCheckService;
import id.meritasn.succession.SuccessionLedger;
import id.meritasn.succession.SuccessionPlanningService;
import id.meritasn.succession.SuccessionProblem;
import id.meritasn.succession.SuccessionRecords.BenchStrength;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.CommitteeSession;
import id.meritasn.succession.SuccessionRecords.Objection;
import id.meritasn.succession.SuccessionRecords.PlannedMove;
import id.meritasn.succession.SuccessionRecords.Readiness;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionRecords.VacancyForecast;
import id.meritasn.succession.SuccessionService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The succession pages (board, case, PPK decision, bench strength): thin calls into the succession services, which
 * check every role; a refused step comes back as the services' messages, for the page to show.
 */
@BrowserCallable
@PermitAll
class SuccessionBrowserService {

    private final SuccessionService succession;
    private final DecisionService decisions;
    private final AppointmentService appointments;
    private final SuccessionPlanningService planning;
    private final CommitteeService committee;
    private final SuccessionLedger ledger;
    private final ManualCheckService checks;

    SuccessionBrowserService(
            SuccessionService succession,
            DecisionService decisions,
            AppointmentService appointments,
            SuccessionPlanningService planning,
            CommitteeService committee,
            SuccessionLedger ledger,
            ManualCheckService checks) {
        this.checks = checks;
        this.succession = succession;
        this.decisions = decisions;
        this.appointments = appointments;
        this.planning = planning;
        this.committee = committee;
        this.ledger = ledger;
    }

    /** A case with what its page shows beside it: the ranked candidates and the objections to its announcement. */
    record CaseView(
            @NonNull SuccessionCase successionCase,
            @NonNull List<@NonNull Candidate> candidates,
            @NonNull List<@NonNull Objection> objections) {}

    /** The case after a step, or the reasons the step was refused (nothing was written then). */
    record CaseOutcome(@Nullable CaseView view, @NonNull List<@NonNull String> problems) {}

    /** A successor named on a slate, in rank order. */
    record SlatePick(
            @NonNull String nip,
            @NonNull Readiness readiness,
            @Nullable List<@NonNull String> developmentPlan,
            @Nullable String orderReason) {}

    record LedgerCheck(
            boolean intact,
            int entries,
            @Nullable Long brokenAtId,
            @Nullable String problem) {}

    public @NonNull List<@NonNull TargetPosition> targets(int horizonMonths) {
        return planning.targetPositions(UiCaller.agency(), horizonMonths);
    }

    /** Whom a case for this position would start with, ranked, before it is opened. */
    public @NonNull List<@NonNull Candidate> preview(@NonNull String positionCode, long periodId) {
        return succession.preview(UiCaller.agency(), positionCode, periodId);
    }

    /** What a tenant admin's change to the target positions did: nothing, or the reasons it was refused. */
    record Change(@NonNull List<@NonNull String> problems) {}

    public @NonNull Change setCritical(@NonNull String positionCode, boolean critical) {
        return new Change(messages(planning.setPositionCritical(UiCaller.agency(), positionCode, critical)
                .problems()));
    }

    public @NonNull Change planMove(
            @NonNull String positionCode, @Nullable String nip, @NonNull LocalDate leavesOn, @NonNull String reason) {
        return new Change(messages(planning.planMove(
                        UiCaller.agency(), positionCode, blankToNull(nip), leavesOn, reason, UiCaller.username())
                .problems()));
    }

    public @NonNull List<@NonNull PlannedMove> plannedMoves() {
        return planning.plannedMoves(UiCaller.agency());
    }

    public @NonNull List<@NonNull SuccessionCase> cases(@Nullable CaseStatus status) {
        return succession.cases(UiCaller.agency(), status);
    }

    public @Nullable CaseView caseView(long caseId) {
        String agency = UiCaller.agency();
        SuccessionCase found = succession.successionCase(agency, caseId);
        return found == null ? null : view(agency, found);
    }

    public @NonNull List<@NonNull CommitteeSession> sessions() {
        return committee.sessions(UiCaller.agency());
    }

    public @NonNull CaseOutcome open(@NonNull String positionCode, long periodId) {
        return outcome(succession.openCase(UiCaller.agency(), positionCode, periodId, UiCaller.username()));
    }

    public @NonNull CaseOutcome nominate(long caseId, long sessionId, @NonNull List<@NonNull SlatePick> picks) {
        return outcome(succession.nominateSlate(
                UiCaller.agency(),
                caseId,
                sessionId,
                picks.stream()
                        .map(p -> new SuccessionService.SlateEntry(
                                p.nip(), p.readiness(), p.developmentPlan(), blankToNull(p.orderReason())))
                        .toList(),
                UiCaller.username()));
    }

    /** The committee settles a manual eligibility check of a candidate in a session, with its reason. */
    public @NonNull CaseOutcome settleCheck(
            long caseId,
            long sessionId,
            @NonNull String nip,
            @NonNull String rule,
            @NonNull String outcome,
            @NonNull String reason) {
        return outcome(checks.resolve(
                UiCaller.agency(),
                caseId,
                sessionId,
                nip,
                Eligibility.Rule.valueOf(rule),
                Eligibility.Outcome.valueOf(outcome),
                reason,
                UiCaller.username()));
    }

    /** The case's candidates under the legal conditions in force on a date. */
    public @NonNull List<@NonNull Candidate> candidatesOn(long caseId, @NonNull LocalDate rulesOn) {
        return succession.candidatesOn(UiCaller.agency(), caseId, rulesOn);
    }

    public @NonNull CaseOutcome decide(long caseId, @NonNull String nip, @Nullable String reason) {
        return outcome(decisions.decide(UiCaller.agency(), caseId, nip, blankToNull(reason), UiCaller.username()));
    }

    public @NonNull CaseOutcome correct(long caseId, @NonNull String nip, @NonNull String reason) {
        return outcome(decisions.correctDecision(UiCaller.agency(), caseId, nip, reason, UiCaller.username()));
    }

    public @NonNull CaseOutcome announce(long caseId) {
        return outcome(appointments.announce(UiCaller.agency(), caseId, UiCaller.username()));
    }

    public @NonNull CaseOutcome respond(long objectionId, @NonNull String response) {
        return outcome(appointments.respondToObjection(UiCaller.agency(), objectionId, response, UiCaller.username()));
    }

    public @NonNull CaseOutcome finalizeAppointment(long caseId, @Nullable LocalDate effective) {
        return outcome(appointments.finalizeAppointment(UiCaller.agency(), caseId, effective, UiCaller.username()));
    }

    public @NonNull BenchStrength bench() {
        return planning.benchStrength(UiCaller.agency());
    }

    public @NonNull VacancyForecast forecast(int years) {
        return planning.vacancyForecast(UiCaller.agency(), years);
    }

    public @NonNull LedgerCheck verifyLedger() {
        var v = ledger.verify(UiCaller.agency());
        return new LedgerCheck(v.intact(), v.entries(), v.brokenAtId(), v.problem());
    }

    private CaseOutcome outcome(Outcome<SuccessionCase, SuccessionProblem> result) {
        return switch (result) {
            case Outcome.Done<SuccessionCase, SuccessionProblem> done ->
                new CaseOutcome(view(UiCaller.agency(), done.value()), List.of());
            case Outcome.Refused<SuccessionCase, SuccessionProblem> refused ->
                new CaseOutcome(null, messages(refused.problems()));
        };
    }

    private CaseView view(String agency, SuccessionCase c) {
        return new CaseView(c, succession.candidates(agency, c.id()), succession.objections(agency, c.id()));
    }

    static List<String> messages(List<SuccessionProblem> problems) {
        return problems.stream().map(SuccessionProblem::message).toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
