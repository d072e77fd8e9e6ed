package id.meritasn.succession;

import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.graphql.GraphQlLimitsProperties;
import id.meritasn.shared.graphql.Pages;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.succession.SuccessionGraphQlTypes.CaseInput;
import id.meritasn.succession.SuccessionGraphQlTypes.CorrectDecisionInput;
import id.meritasn.succession.SuccessionGraphQlTypes.DecideSuccessorInput;
import id.meritasn.succession.SuccessionGraphQlTypes.FinalizeAppointmentInput;
import id.meritasn.succession.SuccessionGraphQlTypes.NominateSlateInput;
import id.meritasn.succession.SuccessionGraphQlTypes.OpenSuccessionCaseInput;
import id.meritasn.succession.SuccessionGraphQlTypes.PlanPositionMoveInput;
import id.meritasn.succession.SuccessionGraphQlTypes.PlannedMovePayload;
import id.meritasn.succession.SuccessionGraphQlTypes.PositionRefPayload;
import id.meritasn.succession.SuccessionGraphQlTypes.RespondToObjectionInput;
import id.meritasn.succession.SuccessionGraphQlTypes.SetPositionCriticalInput;
import id.meritasn.succession.SuccessionGraphQlTypes.SuccessionCasePayload;
import id.meritasn.succession.SuccessionRecords.BenchStrength;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.CareerRoadmap;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.LedgerEntry;
import id.meritasn.succession.SuccessionRecords.Objection;
import id.meritasn.succession.SuccessionRecords.PlannedMove;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionRecords.VacancyForecast;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of planning and the succession workflow (the caller's agency). */
@Controller
class SuccessionController {

    private final SuccessionPlanningService planning;
    private final SuccessionService succession;
    private final DecisionService decisions;
    private final AppointmentService appointments;
    private final CareerRoadmapService roadmaps;
    private final ProfileReads profileReads;
    private final SuccessionLedger ledger;
    private final GraphQlLimitsProperties limits;

    SuccessionController(
            SuccessionPlanningService planning,
            SuccessionService succession,
            DecisionService decisions,
            AppointmentService appointments,
            CareerRoadmapService roadmaps,
            SuccessionLedger ledger,
            GraphQlLimitsProperties limits,
            ProfileReads profileReads) {
        this.profileReads = profileReads;
        this.planning = planning;
        this.succession = succession;
        this.decisions = decisions;
        this.appointments = appointments;
        this.roadmaps = roadmaps;
        this.ledger = ledger;
        this.limits = limits;
    }

    @QueryMapping
    List<TargetPosition> targetPositions(@Argument @Nullable Integer horizonMonths, @CurrentAgency String agency) {
        return planning.targetPositions(agency, horizonMonths == null ? 12 : horizonMonths);
    }

    @QueryMapping
    List<PlannedMove> plannedMoves(@CurrentAgency String agency) {
        return planning.plannedMoves(agency);
    }

    @QueryMapping
    VacancyForecast vacancyForecast(@Argument @Nullable Integer years, @CurrentAgency String agency) {
        return planning.vacancyForecast(agency, years == null ? 5 : years);
    }

    @QueryMapping
    List<PoolMember> talentPool(@Argument long periodId, @CurrentAgency String agency) {
        return planning.talentPool(agency, periodId);
    }

    @QueryMapping
    BenchStrength benchStrength(@CurrentAgency String agency) {
        return planning.benchStrength(agency);
    }

    @QueryMapping
    List<SuccessionCase> successionCases(@Argument @Nullable CaseStatus status, @CurrentAgency String agency) {
        return succession.cases(agency, status);
    }

    @QueryMapping
    @Nullable
    SuccessionCase successionCase(@Argument long id, @CurrentAgency String agency) {
        return succession.successionCase(agency, id);
    }

    /** Candidates are computed only when asked for: ranking a pool reads every member's records. */
    @SchemaMapping(typeName = "SuccessionCase")
    List<Candidate> candidates(SuccessionCase successionCase, @CurrentAgency String agency) {
        return succession.candidates(agency, successionCase.id());
    }

    @SchemaMapping(typeName = "SuccessionCase")
    List<Objection> objections(SuccessionCase successionCase, @CurrentAgency String agency) {
        return succession.objections(agency, successionCase.id());
    }

    @QueryMapping
    @Nullable
    CareerRoadmap careerRoadmap(@Argument @Nullable String nip, @CurrentAgency String agency) {
        CareerRoadmap roadmap = roadmaps.roadmap(agency, nip);
        if (roadmap != null) { // the caller's own roadmap is not recorded (ProfileReads.record)
            profileReads.record(agency, roadmap.nip(), ProfileView.CAREER_ROADMAP);
        }
        return roadmap;
    }

    @QueryMapping
    Window<LedgerEntry> successionLedger(ScrollSubrange subrange, @CurrentAgency String agency) {
        int size = Pages.size(subrange, 50, limits.maxPageSize());
        Object after = Pages.after(subrange, "id");
        var rows = ledger.entries(agency, after == null ? 0 : Long.parseLong(after.toString()), size + 1);
        return Pages.window(rows, size, "id", LedgerEntry::id);
    }

    @QueryMapping
    HashChain.Verification verifySuccessionLedger(@CurrentAgency String agency) {
        return ledger.verify(agency);
    }

    @MutationMapping
    PositionRefPayload setPositionCritical(@Argument SetPositionCriticalInput input, @CurrentAgency String agency) {
        var result = planning.setPositionCritical(agency, input.positionCode(), input.critical());
        return new PositionRefPayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }

    @MutationMapping
    PlannedMovePayload planPositionMove(
            @Argument PlanPositionMoveInput input, Authentication caller, @CurrentAgency String agency) {
        var result = planning.planMove(
                agency, input.positionCode(), input.nip(), input.leavesOn(), input.reason(), caller.getName());
        return new PlannedMovePayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }

    @MutationMapping
    SuccessionCasePayload openSuccessionCase(
            @Argument OpenSuccessionCaseInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(succession.openCase(agency, input.positionCode(), input.periodId(), caller.getName()));
    }

    @MutationMapping
    SuccessionCasePayload nominateSlate(
            @Argument NominateSlateInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(succession.nominateSlate(
                agency,
                input.caseId(),
                input.sessionId(),
                input.candidates().stream()
                        .map(c -> new SuccessionService.SlateEntry(
                                c.nip(), c.readiness(), c.developmentPlan(), c.orderReason()))
                        .toList(),
                caller.getName()));
    }

    @MutationMapping
    SuccessionCasePayload decideSuccessor(
            @Argument DecideSuccessorInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(decisions.decide(agency, input.caseId(), input.nip(), input.reason(), caller.getName()));
    }

    @MutationMapping
    SuccessionCasePayload correctDecision(
            @Argument CorrectDecisionInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(
                decisions.correctDecision(agency, input.caseId(), input.nip(), input.reason(), caller.getName()));
    }

    @MutationMapping
    SuccessionCasePayload announceShortlist(
            @Argument CaseInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(appointments.announce(agency, input.caseId(), caller.getName()));
    }

    @MutationMapping
    SuccessionCasePayload respondToObjection(
            @Argument RespondToObjectionInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(
                appointments.respondToObjection(agency, input.objectionId(), input.response(), caller.getName()));
    }

    @MutationMapping
    SuccessionCasePayload finalizeAppointment(
            @Argument FinalizeAppointmentInput input, Authentication caller, @CurrentAgency String agency) {
        return payload(
                appointments.finalizeAppointment(agency, input.caseId(), input.effectiveDate(), caller.getName()));
    }

    private static SuccessionCasePayload payload(Outcome<SuccessionCase, SuccessionProblem> result) {
        return new SuccessionCasePayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }
}
