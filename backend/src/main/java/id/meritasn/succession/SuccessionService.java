package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.StepOutOfOrder;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.Objection;
import id.meritasn.succession.SuccessionRecords.Readiness;
import id.meritasn.succession.SuccessionRecords.SlateCandidate;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRepository.CaseRow;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The succession workflow of one target position, one step after the other: the talent committee (or the tenant admin)
 * opens a case on a published period (OPEN), a committee member nominates a slate in a session with quorum (SLATE_PROPOSED), the
 * PPK picks one successor (DECIDED), the shortlist is announced publicly with an objection window (ANNOUNCED), and
 * after the window, with every objection answered, the PPK finalizes the appointment and the employee's position
 * record changes (FINALIZED). A step out of order is refused with {@link StepOutOfOrder}; every step is in the ledger.
 * This service opens cases, reads them and names slates; {@link DecisionService} holds the PPK's decision and
 * {@link AppointmentService} the announcement, objections and appointment.
 */
@Service
public class SuccessionService {

    static final String READ = SuccessionPlanningService.READ;
    static final String COMMITTEE = CommitteeService.COMMITTEE;
    static final String PPK = Access.PPK;
    static final String ANNOUNCER = Access.ADMIN_OR_COMMITTEE;
    /** The talent committee plans successions; the tenant admin may open a case for it (a position fell vacant). */
    static final String OPENER = Access.ADMIN_OR_COMMITTEE;

    /** A written reason is at least this long (choosing other than the top-ranked, correcting a decision). */
    static final int MIN_REASON = 10;

    private final TenantDatabase tenants;
    private final SuccessionRepository repository;
    private final AnnouncementRepository announcements;
    private final CommitteeRepository committee;
    private final SuccessionLedger ledger;
    private final TalentFacts facts;
    private final CandidateRanking ranking;
    private final CaseViews views;
    private final Clock clock;
    private final ResolutionRepository resolutions;

    private final SuccessionNotices notices;

    SuccessionService(
            TenantDatabase tenants,
            SuccessionRepository repository,
            AnnouncementRepository announcements,
            CommitteeRepository committee,
            SuccessionLedger ledger,
            TalentFacts facts,
            CandidateRanking ranking,
            CaseViews views,
            Clock clock,
            ResolutionRepository resolutions,
            SuccessionNotices notices) {
        this.notices = notices;
        this.tenants = tenants;
        this.resolutions = resolutions;
        this.repository = repository;
        this.announcements = announcements;
        this.committee = committee;
        this.ledger = ledger;
        this.facts = facts;
        this.ranking = ranking;
        this.views = views;
        this.clock = clock;
    }

    /** One successor on a slate as the committee names it; the development plan adds to the box's recommended actions. */
    /** {@code orderReason}: why this place departs from the ranking (needed only where it does). */
    public record SlateEntry(
            String nip,
            Readiness readiness,
            @Nullable List<String> developmentPlan,
            @Nullable String orderReason) {

        public SlateEntry(String nip, Readiness readiness, @Nullable List<String> developmentPlan) {
            this(nip, readiness, developmentPlan, null);
        }
    }

    /** Opens a case for a position on a published period (one case per position until it is finalized). */
    @Transactional
    @PreAuthorize(OPENER)
    public Outcome<SuccessionCase, SuccessionProblem> openCase(
            String agency, String positionCode, long periodId, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Position position = position(agency, positionCode);
        if (position == null) {
            return Outcome.refused(
                    new SuccessionNotFound("No position with code '" + positionCode + "' in this agency."));
        }
        AssessmentPeriod period = facts.period(agency, periodId);
        if (period == null) {
            return Outcome.refused(new SuccessionNotFound("No assessment period " + periodId + " in this agency."));
        }
        if (period.status() != PeriodStatus.PUBLISHED) {
            return Outcome.refused(new InvalidField(
                    "Period '" + period.name() + "' is " + period.status()
                            + "; a succession case draws its talent pool from a PUBLISHED period.",
                    "periodId"));
        }
        CaseRow open = repository.openCasesByPosition(tenant).get(position.id());
        if (open != null) {
            return Outcome.refused(new InvalidField(
                    "Position " + position.code() + " already has succession case " + open.id() + " (" + open.status()
                            + "); it must be finalized first.",
                    "positionCode"));
        }
        long id = repository.createCase(tenant, position.id(), periodId, actor);
        ledger.append(
                tenant, actor, "case.opened", "case/" + id, Map.of("position", position.code(), "periodId", periodId));
        return Outcome.done(views.view(agency, tenant, id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<SuccessionCase> cases(String agency, @Nullable CaseStatus status) {
        DSLContext tenant = tenants.enter(agency);
        return views.views(agency, tenant, repository.cases(tenant, status));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public @Nullable SuccessionCase successionCase(String agency, long caseId) {
        DSLContext tenant = tenants.enter(agency);
        return repository
                .caseRow(tenant, caseId)
                .map(c -> views.views(agency, tenant, List.of(c)).getFirst())
                .orElse(null);
    }

    /** Every pool member assessed against the case's position, rule by rule, ranked. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Candidate> candidates(String agency, long caseId) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseRow(tenant, caseId).orElse(null);
        if (row == null) {
            return List.of();
        }
        return ranking.candidates(
                agency,
                Objects.requireNonNull(
                        facts.positions(agency).get(row.positionId()), "a case's position row is never deleted"),
                row.periodId(),
                LocalDate.now(clock),
                resolutions.forCase(tenant, caseId));
    }

    /**
     * The case's candidates re-checked under the legal conditions in force on a past (or future) date, with what is
     * on record now and the committee's settled checks: what held when the committee decided.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Candidate> candidatesOn(String agency, long caseId, LocalDate rulesOn) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseRow(tenant, caseId).orElse(null);
        return row == null
                ? List.of()
                : ranking.candidates(
                        agency,
                        Objects.requireNonNull(
                                facts.positions(agency).get(row.positionId()),
                                "a case's position row is never deleted"),
                        row.periodId(),
                        rulesOn,
                        resolutions.forCase(tenant, caseId));
    }

    /**
     * The pool of a published period assessed against a position before any case is opened, so the tenant admin sees
     * whom a case would start with; empty for an unknown position.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Candidate> preview(String agency, String positionCode, long periodId) {
        tenants.enter(agency);
        Position position = position(agency, positionCode);
        return position == null ? List.of() : ranking.candidates(agency, position, periodId, LocalDate.now(clock));
    }

    /** Objections to the case's announcements, with the objectors' contact details. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Objection> objections(String agency, long caseId) {
        return announcements.objections(tenants.enter(agency), caseId);
    }

    /**
     * A committee member names the slate in a session: as many successors as the agency's slate size (fewer only when
     * fewer candidates are eligible), in rank order, none failing a rule, none the member declared a conflict about.
     */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public Outcome<SuccessionCase, SuccessionProblem> nominateSlate(
            String agency, long caseId, long sessionId, List<SlateEntry> entries, String actor) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return CaseViews.notFound(caseId);
        }
        if (row.status() != CaseStatus.OPEN && row.status() != CaseStatus.SLATE_PROPOSED) {
            return CaseViews.outOfOrder(
                    row, "A slate is named before the PPK decides", CaseStatus.OPEN, CaseStatus.SLATE_PROPOSED);
        }
        var session = committee.session(tenant, sessionId).orElse(null);
        if (session == null) {
            return Outcome.refused(new SuccessionNotFound("No committee session " + sessionId + " in this agency."));
        }
        SuccessionProblem cannot = CommitteeService.cannotDecide(session, actor, LocalDate.now(clock));
        if (cannot != null) {
            return Outcome.refused(cannot);
        }
        List<Candidate> ranked = ranking.candidates(
                agency,
                Objects.requireNonNull(
                        facts.positions(agency).get(row.positionId()), "a case's position row is never deleted"),
                row.periodId(),
                LocalDate.now(clock),
                resolutions.forCase(tenant, caseId));
        var checked = SlateCheck.check(
                ranked,
                entries,
                facts.policy(agency),
                committee.conflictsByMember(tenant).getOrDefault(actor, java.util.Set.of()));
        if (!checked.problems().isEmpty()) {
            return Outcome.refused(checked.problems().getFirst());
        }
        List<SlateCandidate> slate = checked.slate();
        long slateId = repository.addSlate(tenant, caseId, sessionId, actor, slate);
        repository.setStatus(tenant, caseId, CaseStatus.SLATE_PROPOSED, null);
        ledger.append(
                tenant,
                actor,
                "slate.nominated",
                "case/" + caseId,
                Map.of(
                        "slateId",
                        slateId,
                        "sessionId",
                        sessionId,
                        "candidates",
                        slate.stream()
                                .map(c -> c.rank() + ":" + c.nip() + ":"
                                        + c.readiness()
                                        + (c.orderReason() == null
                                                ? ""
                                                : ":ranked " + c.systemRank() + ":" + c.orderReason()))
                                .toList()));
        SuccessionCase named = views.view(agency, tenant, caseId);
        notices.slateNamed(agency, caseId, named.position().name());
        return Outcome.done(named);
    }

    private @Nullable Position position(String agency, String code) {
        return facts.positions(agency).values().stream()
                .filter(p -> p.code().equals(code.trim()))
                .findFirst()
                .orElse(null);
    }
}
