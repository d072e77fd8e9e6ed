package id.meritasn.succession;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.NineBox;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionProblem.CandidateNotEligible;
import id.meritasn.succession.SuccessionProblem.ConflictOfInterest;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.ObjectionWindowOpen;
import id.meritasn.succession.SuccessionProblem.ObjectionsUnanswered;
import id.meritasn.succession.SuccessionProblem.PositionStillHeld;
import id.meritasn.succession.SuccessionProblem.QuorumNotMet;
import id.meritasn.succession.SuccessionProblem.StepOutOfOrder;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.Decision;
import id.meritasn.succession.SuccessionRecords.Objection;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.Readiness;
import id.meritasn.succession.SuccessionRecords.Slate;
import id.meritasn.succession.SuccessionRecords.SlateCandidate;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRepository.CaseRow;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The succession workflow of one target position, one step after the other: the tenant admin opens a case on a
 * published period (OPEN), a talent committee member nominates a slate in a session with quorum (SLATE_PROPOSED), the
 * PPK picks one successor (DECIDED), the shortlist is announced publicly with an objection window (ANNOUNCED), and
 * after the window, with every objection answered, the PPK finalizes the appointment and the employee's position
 * record changes (FINALIZED). A step out of order is refused with {@link StepOutOfOrder}; every step is in the ledger.
 */
@Service
public class SuccessionService {

    static final String READ = SuccessionPlanningService.READ;
    static final String ADMIN = SuccessionPlanningService.ADMIN;
    static final String COMMITTEE = CommitteeService.COMMITTEE;
    static final String PPK = SuccessionPlanningService.MEMBER + " and hasRole('PPK')";
    static final String ANNOUNCER = SuccessionPlanningService.MEMBER + " and hasAnyRole('TENANT_ADMIN', 'TALENT_COMMITTEE')";

    /** A written reason is at least this long (choosing other than the top-ranked, correcting a decision). */
    static final int MIN_REASON = 10;

    private final TenantDatabase tenants;
    private final SuccessionRepository repository;
    private final CommitteeRepository committee;
    private final SuccessionLedger ledger;
    private final TalentFacts facts;
    private final EmployeeService employees;
    private final Clock clock;

    SuccessionService(TenantDatabase tenants, SuccessionRepository repository, CommitteeRepository committee,
                      SuccessionLedger ledger, TalentFacts facts, EmployeeService employees, Clock clock) {
        this.tenants = tenants;
        this.repository = repository;
        this.committee = committee;
        this.ledger = ledger;
        this.facts = facts;
        this.employees = employees;
        this.clock = clock;
    }

    /** One successor on a slate as the committee names it; the development plan adds to the box's recommended actions. */
    public record SlateEntry(String nip, Readiness readiness, @Nullable List<String> developmentPlan) {
    }

    /** Opens a case for a position on a published period (one case per position until it is finalized). */
    @Transactional
    @PreAuthorize(ADMIN)
    public SuccessionResult<SuccessionCase> openCase(String agency, String positionCode, long periodId, String actor) {
        DSLContext tenant = tenant(agency);
        Position position = position(agency, positionCode);
        if (position == null) {
            return SuccessionResult.refused(new SuccessionNotFound("No position with code '" + positionCode
                    + "' in this agency."));
        }
        AssessmentPeriod period = facts.period(agency, periodId);
        if (period == null) {
            return SuccessionResult.refused(new SuccessionNotFound("No assessment period " + periodId + " in this agency."));
        }
        if (period.status() != PeriodStatus.PUBLISHED) {
            return SuccessionResult.refused(new InvalidField("Period '" + period.name() + "' is " + period.status()
                    + "; a succession case draws its talent pool from a PUBLISHED period.", "periodId"));
        }
        CaseRow open = repository.openCasesByPosition(tenant).get(position.id());
        if (open != null) {
            return SuccessionResult.refused(new InvalidField("Position " + position.code() + " already has succession case "
                    + open.id() + " (" + open.status() + "); it must be finalized first.", "positionCode"));
        }
        long id = repository.createCase(tenant, position.id(), periodId, actor);
        ledger.append(tenant, actor, "case.opened", "case/" + id, Map.of("position", position.code(),
                "periodId", periodId));
        return SuccessionResult.of(view(agency, tenant, id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<SuccessionCase> cases(String agency, @Nullable CaseStatus status) {
        DSLContext tenant = tenant(agency);
        return views(agency, tenant, repository.cases(tenant, status));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public @Nullable SuccessionCase successionCase(String agency, long caseId) {
        DSLContext tenant = tenant(agency);
        return repository.caseRow(tenant, caseId).map(c -> views(agency, tenant, List.of(c)).getFirst()).orElse(null);
    }

    /** Every pool member assessed against the case's position, rule by rule, ranked. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Candidate> candidates(String agency, long caseId) {
        DSLContext tenant = tenant(agency);
        CaseRow row = repository.caseRow(tenant, caseId).orElse(null);
        if (row == null) {
            return List.of();
        }
        return facts.candidates(agency, facts.positions(agency).get(row.positionId()), row.periodId(),
                LocalDate.now(clock));
    }

    /**
     * The pool of a published period assessed against a position before any case is opened, so the tenant admin sees
     * whom a case would start with; empty for an unknown position.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Candidate> preview(String agency, String positionCode, long periodId) {
        tenant(agency);
        Position position = position(agency, positionCode);
        return position == null ? List.of() : facts.candidates(agency, position, periodId, LocalDate.now(clock));
    }

    /** Objections to the case's announcements, with the objectors' contact details. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Objection> objections(String agency, long caseId) {
        return repository.objections(tenant(agency), caseId);
    }

    /**
     * A committee member names the slate in a session: as many successors as the agency's slate size (fewer only when
     * fewer candidates are eligible), in rank order, none failing a rule, none the member declared a conflict about.
     */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public SuccessionResult<SuccessionCase> nominateSlate(String agency, long caseId, long sessionId,
                                                          List<SlateEntry> entries, String actor) {
        DSLContext tenant = tenant(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return notFound(caseId);
        }
        if (row.status() != CaseStatus.OPEN && row.status() != CaseStatus.SLATE_PROPOSED) {
            return outOfOrder(row, "A slate is named before the PPK decides", CaseStatus.OPEN, CaseStatus.SLATE_PROPOSED);
        }
        var session = committee.session(tenant, sessionId).orElse(null);
        if (session == null) {
            return SuccessionResult.refused(new SuccessionNotFound("No committee session " + sessionId + " in this agency."));
        }
        if (session.members().stream().noneMatch(m -> m.username().equals(actor))) {
            return SuccessionResult.refused(CommitteeService.notMember(actor, session));
        }
        if (!session.quorumMet()) {
            return SuccessionResult.refused(new QuorumNotMet("Session " + sessionId + " has " + session.present()
                    + " members present and needs " + session.quorum() + " to name a slate.", session.present(),
                    session.quorum()));
        }
        SuccessionPolicy policy = facts.policy(agency);
        List<String> nips = entries.stream().map(e -> e.nip().trim()).toList();
        if (nips.stream().distinct().count() < nips.size()) {
            return SuccessionResult.refused(new InvalidField("A successor appears twice on the slate.", "candidates"));
        }
        List<Candidate> ranked = facts.candidates(agency, facts.positions(agency).get(row.positionId()), row.periodId(),
                LocalDate.now(clock));
        long eligible = ranked.stream().filter(c -> c.eligibility() != Eligibility.Outcome.NOT_MET).count();
        int expected = (int) Math.min(policy.slateSize(), eligible);
        if (entries.isEmpty() || entries.size() > policy.slateSize() || entries.size() < expected) {
            return SuccessionResult.refused(new InvalidField("The slate names " + policy.slateSize()
                    + " successors (policy succession.slateSize), or all eligible ones when fewer are eligible ("
                    + eligible + " are); " + entries.size() + " named.", "candidates"));
        }
        Map<String, Candidate> byNip = new HashMap<>();
        ranked.forEach(c -> byNip.put(c.nip(), c));
        List<SlateCandidate> slate = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String nip = nips.get(i);
            Candidate candidate = byNip.get(nip);
            if (candidate == null) {
                return SuccessionResult.refused(new CandidateNotEligible("Employee " + nip + " is not in the talent pool"
                        + " of the case's period (boxes " + policy.poolBoxes() + ") or holds the position already.", nip));
            }
            if (candidate.eligibility() == Eligibility.Outcome.NOT_MET) {
                return SuccessionResult.refused(new CandidateNotEligible(candidate.name() + " (" + nip + ") does not meet: "
                        + String.join(" ", candidate.checks().stream().filter(c -> c.outcome() == Eligibility.Outcome.NOT_MET)
                        .map(Eligibility.Check::reason).toList()), nip));
            }
            if (session.conflicts().stream().anyMatch(c -> c.username().equals(actor) && c.nip().equals(nip))) {
                return SuccessionResult.refused(new ConflictOfInterest("'" + actor + "' declared a conflict of interest"
                        + " about " + candidate.name() + " (" + nip + ") and cannot act on this candidate.", nip));
            }
            List<String> plan = new ArrayList<>(NineBox.recommendedActions(candidate.box()));
            SlateEntry entry = entries.get(i);
            if (entry.developmentPlan() != null) {
                entry.developmentPlan().stream().map(String::trim).filter(s -> !s.isEmpty() && !plan.contains(s))
                        .forEach(plan::add);
            }
            slate.add(new SlateCandidate(i + 1, nip, candidate.name(), candidate.currentPosition(), entry.readiness(),
                    candidate.box(), List.copyOf(plan)));
        }
        long slateId = repository.addSlate(tenant, caseId, sessionId, actor, slate);
        repository.setStatus(tenant, caseId, CaseStatus.SLATE_PROPOSED, null);
        ledger.append(tenant, actor, "slate.nominated", "case/" + caseId, Map.of("slateId", slateId,
                "sessionId", sessionId, "candidates", slate.stream().map(c -> c.rank() + ":" + c.nip() + ":"
                        + c.readiness()).toList()));
        return SuccessionResult.of(view(agency, tenant, caseId));
    }

    /** The PPK picks one successor from the slate; anyone but the top-ranked needs a written reason. Final. */
    @Transactional
    @PreAuthorize(PPK)
    public SuccessionResult<SuccessionCase> decide(String agency, long caseId, String nip, @Nullable String reason,
                                                   String actor) {
        DSLContext tenant = tenant(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return notFound(caseId);
        }
        if (row.status() != CaseStatus.SLATE_PROPOSED) {
            return outOfOrder(row, row.status() == CaseStatus.OPEN ? "The PPK decides on a slate, and there is none yet"
                    : "The decision is final (a correction is a new decision that refers to it)", CaseStatus.SLATE_PROPOSED);
        }
        return record(agency, tenant, row, nip, reason, null, actor);
    }

    /**
     * A correction: a new decision that names the one it corrects, with a written reason. Before finalization only;
     * an announcement of the corrected decision is withdrawn and the shortlist must be announced again.
     */
    @Transactional
    @PreAuthorize(PPK)
    public SuccessionResult<SuccessionCase> correctDecision(String agency, long caseId, String nip, String reason,
                                                            String actor) {
        DSLContext tenant = tenant(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return notFound(caseId);
        }
        if (row.status() != CaseStatus.DECIDED && row.status() != CaseStatus.ANNOUNCED) {
            return outOfOrder(row, "Only a decision not yet finalized can be corrected", CaseStatus.DECIDED,
                    CaseStatus.ANNOUNCED);
        }
        if (reason.trim().length() < MIN_REASON) {
            return SuccessionResult.refused(new InvalidField("A correction needs a written reason of at least "
                    + MIN_REASON + " characters.", "reason"));
        }
        Decision current = repository.decisions(tenant, List.of(caseId)).get(caseId).getFirst();
        return record(agency, tenant, row, nip, reason, current.id(), actor);
    }

    private SuccessionResult<SuccessionCase> record(String agency, DSLContext tenant, CaseRow row, String nip,
                                                    @Nullable String reason, @Nullable Long corrects, String actor) {
        Slate slate = repository.latestSlates(tenant, List.of(row.id())).get(row.id());
        SlateCandidate chosen = slate.candidates().stream().filter(c -> c.nip().equals(nip.trim())).findFirst().orElse(null);
        if (chosen == null) {
            return SuccessionResult.refused(new InvalidField("Employee " + nip + " is not on the slate of case " + row.id()
                    + ".", "nip"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (chosen.rank() != 1 && (why == null || why.length() < MIN_REASON)) {
            return SuccessionResult.refused(new InvalidField("Choosing rank " + chosen.rank() + " instead of the"
                    + " top-ranked successor needs a written reason of at least " + MIN_REASON + " characters.", "reason"));
        }
        long decision = repository.addDecision(tenant, row.id(), slate.id(), chosen.nip(), chosen.rank(), why, corrects,
                actor);
        boolean withdrawn = row.status() == CaseStatus.ANNOUNCED;
        if (withdrawn) {
            repository.setAnnouncementStatus(tenant, row.id(), "ACTIVE", "WITHDRAWN");
        }
        repository.setStatus(tenant, row.id(), CaseStatus.DECIDED, null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decisionId", decision);
        payload.put("nip", chosen.nip());
        payload.put("rank", chosen.rank());
        payload.put("reason", why == null ? "" : why);
        if (corrects != null) {
            payload.put("corrects", corrects);
            payload.put("announcementWithdrawn", withdrawn);
        }
        ledger.append(tenant, actor, corrects == null ? "decision.made" : "decision.corrected", "case/" + row.id(), payload);
        return SuccessionResult.of(view(agency, tenant, row.id()));
    }

    /** Publishes the shortlist of the decided case with the objection window of the agency's policy. */
    @Transactional
    @PreAuthorize(ANNOUNCER)
    public SuccessionResult<SuccessionCase> announce(String agency, long caseId, String actor) {
        DSLContext tenant = tenant(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return notFound(caseId);
        }
        if (row.status() != CaseStatus.DECIDED) {
            return outOfOrder(row, row.status().compareTo(CaseStatus.DECIDED) < 0
                    ? "The shortlist is announced after the PPK's decision" : "The shortlist is already announced",
                    CaseStatus.DECIDED);
        }
        SuccessionPolicy policy = facts.policy(agency);
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = today.plusDays(policy.objectionDays());
        Decision current = repository.decisions(tenant, List.of(caseId)).get(caseId).getFirst();
        PositionRef position = facts.ref(agency, facts.positions(agency).get(row.positionId()));
        long id = repository.addAnnouncement(tenant, caseId, current.id(), position.name(), position.unitName(), today,
                deadline, actor);
        repository.setStatus(tenant, caseId, CaseStatus.ANNOUNCED, null);
        ledger.append(tenant, actor, "shortlist.announced", "case/" + caseId, Map.of("announcementId", id,
                "decisionId", current.id(), "announcedOn", today.toString(), "objectionDeadline", deadline.toString()));
        return SuccessionResult.of(view(agency, tenant, caseId));
    }

    /** The committee's response to an objection (once); finalization waits until every objection has one. */
    @Transactional
    @PreAuthorize(COMMITTEE)
    public SuccessionResult<SuccessionCase> respondToObjection(String agency, long objectionId, String response,
                                                               String actor) {
        DSLContext tenant = tenant(agency);
        Objection objection = repository.objection(tenant, objectionId).orElse(null);
        if (objection == null) {
            return SuccessionResult.refused(new SuccessionNotFound("No objection " + objectionId + " in this agency."));
        }
        if (response.trim().length() < MIN_REASON) {
            return SuccessionResult.refused(new InvalidField("A response is at least " + MIN_REASON + " characters.",
                    "response"));
        }
        if (!repository.respond(tenant, objectionId, response.trim(), actor)) {
            return SuccessionResult.refused(new InvalidField("Objection " + objectionId + " was already answered by "
                    + objection.respondedBy() + ".", "objectionId"));
        }
        long caseId = repository.caseOfAnnouncement(tenant, objection.announcementId());
        ledger.append(tenant, actor, "objection.answered", "case/" + caseId, Map.of("objectionId", objectionId,
                "response", response.trim()));
        return SuccessionResult.of(view(agency, tenant, caseId));
    }

    /**
     * After the objection window, with every objection answered and the position free, the appointment takes effect:
     * the successor's position record changes (and their position history and audit trail show it).
     */
    @Transactional
    @PreAuthorize(PPK)
    public SuccessionResult<SuccessionCase> finalizeAppointment(String agency, long caseId,
                                                                @Nullable LocalDate effective, String actor) {
        DSLContext tenant = tenant(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return notFound(caseId);
        }
        SuccessionPolicy policy = facts.policy(agency);
        boolean direct = !policy.publicAnnouncement() && row.status() == CaseStatus.DECIDED;
        if (row.status() != CaseStatus.ANNOUNCED && !direct) {
            return outOfOrder(row, row.status() == CaseStatus.FINALIZED ? "The appointment is already final"
                    : "An appointment is finalized after the shortlist was announced and the objection window closed",
                    CaseStatus.ANNOUNCED);
        }
        LocalDate today = LocalDate.now(clock);
        var announcement = repository.activeAnnouncements(tenant, List.of(caseId)).get(caseId);
        if (!direct) {
            if (!today.isAfter(announcement.deadline())) {
                return SuccessionResult.refused(new ObjectionWindowOpen("Objections are accepted through "
                        + announcement.deadline() + "; the appointment can be finalized from "
                        + announcement.deadline().plusDays(1) + ".", announcement.deadline()));
            }
            long unanswered = repository.objections(tenant, caseId).stream().filter(o -> o.response() == null).count();
            if (unanswered > 0) {
                return SuccessionResult.refused(new ObjectionsUnanswered(unanswered + " objection(s) still await the"
                        + " committee's response.", (int) unanswered));
            }
        }
        Decision decision = repository.decisions(tenant, List.of(caseId)).get(caseId).getFirst();
        Position position = facts.positions(agency).get(row.positionId());
        var holder = facts.holders(agency, List.of(position.id())).stream()
                .filter(e -> !e.nip().equals(decision.nip())).findFirst().orElse(null);
        if (holder != null) {
            return SuccessionResult.refused(new PositionStillHeld("Position " + position.code() + " is still held by "
                    + holder.fullName() + " (" + holder.nip() + "); record the incumbent's departure first.",
                    holder.nip()));
        }
        LocalDate from = effective == null ? today : effective;
        // the PPK's decision is carried out by the agency itself: the employee record changes as its own process
        var change = SystemActor.callForAgency(agency, () -> employees.appoint(agency, decision.nip(), position.code(),
                from, actor));
        if (change.employee() == null) {
            return SuccessionResult.refused(new InvalidField("The appointment could not be recorded: " + (change.notFound()
                    ? "employee " + decision.nip() + " no longer exists."
                    : String.join(" ", change.problems().stream().map(p -> p.message()).toList())), "caseId"));
        }
        repository.setStatus(tenant, caseId, CaseStatus.FINALIZED, from);
        if (announcement != null) {
            repository.setAnnouncementStatus(tenant, caseId, "ACTIVE", "CONCLUDED");
        }
        ledger.append(tenant, actor, "appointment.finalized", "case/" + caseId, Map.of("decisionId", decision.id(),
                "nip", decision.nip(), "position", position.code(), "effective", from.toString()));
        return SuccessionResult.of(view(agency, tenant, caseId));
    }

    private @Nullable Position position(String agency, String code) {
        return facts.positions(agency).values().stream().filter(p -> p.code().equals(code.trim())).findFirst()
                .orElse(null);
    }

    private SuccessionCase view(String agency, DSLContext tenant, long caseId) {
        return views(agency, tenant, List.of(repository.caseRow(tenant, caseId).orElseThrow())).getFirst();
    }

    /** Cases with their slates, decisions and announcements: one query per kind, whatever the number of cases. */
    private List<SuccessionCase> views(String agency, DSLContext tenant, List<CaseRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(CaseRow::id).toList();
        Map<Long, Slate> slates = repository.latestSlates(tenant, ids);
        Map<Long, List<Decision>> decisions = repository.decisions(tenant, ids);
        var announcements = repository.latestAnnouncements(tenant, ids);
        Map<Long, Position> positions = facts.positions(agency);
        Map<Long, PositionRef> refs = new HashMap<>();
        facts.refs(agency, rows.stream().map(r -> positions.get(r.positionId())).filter(Objects::nonNull).distinct()
                .toList()).forEach(r -> refs.put(r.id(), r));
        return rows.stream().map(r -> new SuccessionCase(r.id(), refs.get(r.positionId()), r.periodId(), r.status(),
                r.openedBy(), r.openedAt(), slates.get(r.id()), decisions.getOrDefault(r.id(), List.of()),
                announcements.get(r.id()), r.finalizedOn())).toList();
    }

    private static <T> SuccessionResult<T> notFound(long caseId) {
        return SuccessionResult.refused(new SuccessionNotFound("No succession case " + caseId + " in this agency."));
    }

    private static <T> SuccessionResult<T> outOfOrder(CaseRow row, String why, CaseStatus... allowed) {
        return SuccessionResult.refused(new StepOutOfOrder(why + ": case " + row.id() + " is " + row.status()
                + ", this step needs " + String.join(" or ", java.util.Arrays.stream(allowed).map(Enum::name).toList())
                + ".", row.status(), List.of(allowed)));
    }

    private DSLContext tenant(String agency) {
        return tenants.enter(TenantId.of(agency));
    }
}
