package id.meritasn.succession;

import id.meritasn.employee.EmployeeProblem;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionProblem.ObjectionWindowOpen;
import id.meritasn.succession.SuccessionProblem.ObjectionsUnanswered;
import id.meritasn.succession.SuccessionProblem.PositionStillHeld;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.Decision;
import id.meritasn.succession.SuccessionRecords.Objection;
import id.meritasn.succession.SuccessionRecords.PositionRef;
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
 * The steps after the PPK's decision: the public announcement of the shortlist with its objection window, the
 * committee's responses to objections, and the appointment that changes the successor's employee record.
 */
@Service
public class AppointmentService {

    private final TenantDatabase tenants;
    private final SuccessionRepository repository;
    private final AnnouncementRepository announcements;
    private final SuccessionLedger ledger;
    private final TalentFacts facts;
    private final CandidateRanking ranking;
    private final EmployeeService employees;
    private final CaseViews views;
    private final Clock clock;
    private final ResolutionRepository resolutions;
    private final WorkingCalendar calendar;

    AppointmentService(
            TenantDatabase tenants,
            SuccessionRepository repository,
            AnnouncementRepository announcements,
            SuccessionLedger ledger,
            TalentFacts facts,
            CandidateRanking ranking,
            EmployeeService employees,
            CaseViews views,
            Clock clock,
            ResolutionRepository resolutions,
            WorkingCalendar calendar) {
        this.calendar = calendar;
        this.resolutions = resolutions;
        this.tenants = tenants;
        this.repository = repository;
        this.announcements = announcements;
        this.ledger = ledger;
        this.facts = facts;
        this.ranking = ranking;
        this.employees = employees;
        this.views = views;
        this.clock = clock;
    }

    /** Publishes the shortlist of the decided case with the objection window of the agency's policy. */
    @Transactional
    @PreAuthorize(SuccessionService.ANNOUNCER)
    public Outcome<SuccessionCase, SuccessionProblem> announce(String agency, long caseId, String actor) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return CaseViews.notFound(caseId);
        }
        if (row.status() != CaseStatus.DECIDED) {
            return CaseViews.outOfOrder(
                    row,
                    row.status().compareTo(CaseStatus.DECIDED) < 0
                            ? "The shortlist is announced after the PPK's decision"
                            : "The shortlist is already announced",
                    CaseStatus.DECIDED);
        }
        SuccessionPolicy policy = facts.policy(agency);
        LocalDate today = LocalDate.now(clock);
        // objections are accepted for the policy's number of working days (weekends, holidays and cuti bersama
        // excluded), through the last of them
        LocalDate deadline = calendar.deadline(today, policy.objectionDays());
        Decision current = Objects.requireNonNull(
                        repository.decisions(tenant, List.of(caseId)).get(caseId), "a decided case has a decision")
                .getFirst();
        PositionRef position = facts.ref(
                agency,
                Objects.requireNonNull(
                        facts.positions(agency).get(row.positionId()), "a case's position row is never deleted"));
        long id = announcements.addAnnouncement(
                tenant, caseId, current.id(), position.name(), position.unitName(), today, deadline, actor);
        repository.setStatus(tenant, caseId, CaseStatus.ANNOUNCED, null);
        ledger.append(
                tenant,
                actor,
                "shortlist.announced",
                "case/" + caseId,
                Map.of(
                        "announcementId",
                        id,
                        "decisionId",
                        current.id(),
                        "announcedOn",
                        today.toString(),
                        "objectionDeadline",
                        deadline.toString()));
        return Outcome.done(views.view(agency, tenant, caseId));
    }

    /** The committee's response to an objection (once); finalization waits until every objection has one. */
    @Transactional
    @PreAuthorize(SuccessionService.COMMITTEE)
    public Outcome<SuccessionCase, SuccessionProblem> respondToObjection(
            String agency, long objectionId, String response, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Objection objection = announcements.objection(tenant, objectionId).orElse(null);
        if (objection == null) {
            return Outcome.refused(new SuccessionNotFound("No objection " + objectionId + " in this agency."));
        }
        if (response.trim().length() < SuccessionService.MIN_REASON) {
            return Outcome.refused(new InvalidField(
                    "A response is at least " + SuccessionService.MIN_REASON + " characters.", "response"));
        }
        if (!announcements.respond(tenant, objectionId, response.trim(), actor)) {
            return Outcome.refused(new InvalidField(
                    "Objection " + objectionId + " was already answered by " + objection.respondedBy() + ".",
                    "objectionId"));
        }
        long caseId = announcements.caseOfAnnouncement(tenant, objection.announcementId());
        ledger.append(
                tenant,
                actor,
                "objection.answered",
                "case/" + caseId,
                Map.of("objectionId", objectionId, "response", response.trim()));
        return Outcome.done(views.view(agency, tenant, caseId));
    }

    /**
     * After the objection window, with every objection answered and the position free, the appointment takes effect:
     * the successor's position record changes (and their position history and audit trail show it).
     */
    @Transactional
    @PreAuthorize(SuccessionService.PPK)
    public Outcome<SuccessionCase, SuccessionProblem> finalizeAppointment(
            String agency, long caseId, @Nullable LocalDate effective, String actor) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return CaseViews.notFound(caseId);
        }
        SuccessionPolicy policy = facts.policy(agency);
        boolean direct = !policy.publicAnnouncement() && row.status() == CaseStatus.DECIDED;
        if (row.status() != CaseStatus.ANNOUNCED && !direct) {
            return CaseViews.outOfOrder(
                    row,
                    row.status() == CaseStatus.FINALIZED
                            ? "The appointment is already final"
                            : "An appointment is finalized after the shortlist was announced and the objection window closed",
                    CaseStatus.ANNOUNCED);
        }
        LocalDate today = LocalDate.now(clock);
        var announcement =
                announcements.activeAnnouncements(tenant, List.of(caseId)).get(caseId);
        if (!direct) {
            // announcing adds the active announcement; withdrawing it sets the case back to DECIDED
            LocalDate deadline = Objects.requireNonNull(announcement, "an announced case has an active announcement")
                    .deadline();
            if (!today.isAfter(deadline)) {
                return Outcome.refused(new ObjectionWindowOpen(
                        "Objections are accepted through "
                                + deadline + "; the appointment can be finalized from "
                                + deadline.plusDays(1) + ".",
                        deadline));
            }
            long unanswered = announcements.objections(tenant, caseId).stream()
                    .filter(o -> o.response() == null)
                    .count();
            if (unanswered > 0) {
                return Outcome.refused(new ObjectionsUnanswered(
                        unanswered + " objection(s) still await the" + " committee's response.", (int) unanswered));
            }
        }
        Decision decision = Objects.requireNonNull(
                        repository.decisions(tenant, List.of(caseId)).get(caseId), "a decided case has a decision")
                .getFirst();
        Position position = Objects.requireNonNull(
                facts.positions(agency).get(row.positionId()), "a case's position row is never deleted");
        LocalDate from = effective == null ? today : effective;
        var stillEligible = recheck(agency, tenant, row, decision.nip(), position, from);
        if (stillEligible != null) {
            return Outcome.refused(stillEligible);
        }
        var holder = facts.holders(agency, List.of(position.id())).stream()
                .filter(e -> !e.nip().equals(decision.nip()))
                .findFirst()
                .orElse(null);
        if (holder != null) {
            return Outcome.refused(new PositionStillHeld(
                    "Position " + position.code() + " is still held by " + holder.fullName() + " (" + holder.nip()
                            + "); record the incumbent's departure first.",
                    holder.nip()));
        }
        // the PPK's decision is carried out by the agency itself: the employee record changes as its own process
        var change = SystemActor.callForAgency(
                agency, () -> employees.appoint(agency, decision.nip(), position.code(), from, actor));
        if (change instanceof Outcome.Refused<?, EmployeeProblem> refused) {
            return Outcome.refused(new InvalidField(
                    "The appointment could not be recorded: "
                            + (refused.problems().getFirst() instanceof EmployeeProblem.NotFound
                                    ? "employee " + decision.nip() + " no longer exists."
                                    : String.join(
                                            " ",
                                            refused.problems().stream()
                                                    .map(EmployeeProblem::message)
                                                    .toList())),
                    "caseId"));
        }
        repository.setStatus(tenant, caseId, CaseStatus.FINALIZED, from);
        if (announcement != null) {
            announcements.setAnnouncementStatus(tenant, caseId, "ACTIVE", "CONCLUDED");
        }
        ledger.append(
                tenant,
                actor,
                "appointment.finalized",
                "case/" + caseId,
                Map.of(
                        "decisionId",
                        decision.id(),
                        "nip",
                        decision.nip(),
                        "position",
                        position.code(),
                        "effective",
                        from.toString()));
        return Outcome.done(views.view(agency, tenant, caseId));
    }

    /**
     * The appointee again, on the effective date: still active, and meeting every condition in force then (legal
     * conditions of that date, a sanction recorded since the decision, the committee's settled checks); null if so.
     */
    private SuccessionProblem.@Nullable AppointeeNotEligible recheck(
            String agency, DSLContext tenant, CaseRow row, String nip, Position position, LocalDate on) {
        Employee appointee = facts.employee(agency, nip);
        if (appointee == null || appointee.status() != EmployeeStatus.ACTIVE) {
            String status = appointee == null ? "no longer on record" : "now " + appointee.status();
            return new SuccessionProblem.AppointeeNotEligible(
                    "The appointee " + nip + " is " + status
                            + "; the PPK decides again (a correction) before anything is final.",
                    nip,
                    List.of(status));
        }
        Eligibility.Result result = CandidateRanking.settle(
                Objects.requireNonNull(
                        ranking.assess(agency, position, Map.of(nip, appointee), List.of(nip), row.periodId(), on)
                                .get(nip),
                        "assess answers for every NIP it is given"),
                resolutions.forCase(tenant, row.id()).getOrDefault(nip, Map.of()));
        if (result.overall() == Eligibility.Outcome.MET) {
            return null;
        }
        List<String> reasons = result.checks().stream()
                .filter(c -> c.outcome() != Eligibility.Outcome.MET)
                .map(c -> c.rule() + ": " + c.reason())
                .toList();
        return new SuccessionProblem.AppointeeNotEligible(
                appointee.fullName() + " (" + nip + ") no longer meets every" + " condition on " + on + ": "
                        + String.join(" ", reasons),
                nip,
                reasons);
    }
}
