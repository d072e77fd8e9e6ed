package id.meritasn.succession;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.succession.SuccessionProblem.CandidateNotEligible;
import id.meritasn.succession.SuccessionProblem.ConflictOfInterest;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRepository.CaseRow;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee settles a manual eligibility check of a candidate (a condition the records cannot decide) in a
 * session with quorum, once, with its reason; the case's candidates show the settled outcome from then on, and the
 * ledger keeps the decision.
 */
@Service
public class ManualCheckService {

    private final TenantDatabase tenants;
    private final SuccessionRepository repository;
    private final CommitteeRepository committee;
    private final ResolutionRepository resolutions;
    private final SuccessionLedger ledger;
    private final TalentFacts facts;
    private final CandidateRanking ranking;
    private final CaseViews views;
    private final Clock clock;

    ManualCheckService(
            TenantDatabase tenants,
            SuccessionRepository repository,
            CommitteeRepository committee,
            ResolutionRepository resolutions,
            SuccessionLedger ledger,
            TalentFacts facts,
            CandidateRanking ranking,
            CaseViews views,
            Clock clock) {
        this.tenants = tenants;
        this.repository = repository;
        this.committee = committee;
        this.resolutions = resolutions;
        this.ledger = ledger;
        this.facts = facts;
        this.ranking = ranking;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(SuccessionService.COMMITTEE)
    public Outcome<SuccessionCase, SuccessionProblem> resolve(
            String agency,
            long caseId,
            long sessionId,
            String nip,
            Eligibility.Rule rule,
            Eligibility.Outcome outcome,
            String reason,
            String actor) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return CaseViews.notFound(caseId);
        }
        if (row.status() == CaseStatus.FINALIZED) {
            return CaseViews.outOfOrder(
                    row,
                    "Checks are settled before the appointment is final",
                    CaseStatus.OPEN,
                    CaseStatus.SLATE_PROPOSED,
                    CaseStatus.DECIDED,
                    CaseStatus.ANNOUNCED);
        }
        if (outcome == Eligibility.Outcome.NEEDS_MANUAL_CHECK) {
            return Outcome.refused(new InvalidField("A check is settled as MET or NOT_MET.", "outcome"));
        }
        String why = reason.trim();
        if (why.length() < SlateCheck.MIN_ORDER_REASON || why.length() > 2000) {
            return Outcome.refused(new InvalidField(
                    "The reason is " + SlateCheck.MIN_ORDER_REASON
                            + " to 2000 characters: what the committee examined.",
                    "reason"));
        }
        var session = committee.session(tenant, sessionId).orElse(null);
        if (session == null) {
            return Outcome.refused(new SuccessionNotFound("No committee session " + sessionId + " in this agency."));
        }
        SuccessionProblem cannot = CommitteeService.cannotDecide(session, actor, LocalDate.now(clock));
        if (cannot != null) {
            return Outcome.refused(cannot);
        }
        if (committee.conflictsByMember(tenant).getOrDefault(actor, Set.of()).contains(nip)) {
            return Outcome.refused(new ConflictOfInterest(
                    "'" + actor + "' declared a conflict of interest" + " about " + nip
                            + " and cannot act on this candidate.",
                    nip));
        }
        var candidate = ranking
                .candidates(
                        agency,
                        Objects.requireNonNull(
                                facts.positions(agency).get(row.positionId()),
                                "a case's position row is never deleted"),
                        row.periodId(),
                        LocalDate.now(clock))
                .stream()
                .filter(c -> c.nip().equals(nip))
                .findFirst()
                .orElse(null);
        if (candidate == null
                || candidate.checks().stream()
                        .noneMatch(c -> c.rule() == rule && c.outcome() == Eligibility.Outcome.NEEDS_MANUAL_CHECK)) {
            return Outcome.refused(new CandidateNotEligible(
                    "Candidate " + nip + " has no open manual check " + rule + " in case " + caseId + ".", nip));
        }
        if (!resolutions.add(tenant, caseId, nip, rule, outcome, why, sessionId, actor)) {
            return Outcome.refused(new InvalidField(
                    "Check " + rule + " of " + nip + " was settled already in"
                            + " this case; a settled check stays as the committee recorded it.",
                    "rule"));
        }
        ledger.append(
                tenant,
                actor,
                "check.settled",
                "case/" + caseId,
                Map.of(
                        "nip",
                        nip,
                        "rule",
                        rule.name(),
                        "outcome",
                        outcome.name(),
                        "reason",
                        why,
                        "sessionId",
                        sessionId));
        return Outcome.done(views.view(agency, tenant, caseId));
    }
}
