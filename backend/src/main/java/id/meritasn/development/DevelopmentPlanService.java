package id.meritasn.development;

import id.meritasn.development.DevelopmentProblem.Reason;
import id.meritasn.development.DevelopmentRecords.ActionKind;
import id.meritasn.development.DevelopmentRecords.ActionStatus;
import id.meritasn.development.DevelopmentRecords.Plan;
import id.meritasn.development.DevelopmentRecords.PlanStatus;
import id.meritasn.development.DevelopmentRepository.ActionRow;
import id.meritasn.development.DevelopmentRepository.PlanRow;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.HistoryEntry;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual development plans: proposed from the box of the newest published period and the gaps against the
 * current position (by the employee, their direct superior or a tenant admin), agreed by the direct superior (a
 * tenant admin where the structure names none; never the employee), and followed: an action's completion, with its
 * evidence, is recorded by the superior or a tenant admin (never by the employee alone, since it becomes merit
 * evidence), and goes into the employee's training record, where it counts towards the year's hours of learning and
 * towards the next period's competency-development indicator.
 */
@Service
public class DevelopmentPlanService {

    private final TenantDatabase tenants;
    private final DevelopmentRepository plans;
    private final DevelopmentFacts facts;
    private final DevelopmentAccess access;
    private final EmployeeService employees;
    private final DevelopmentNotices notices;
    private final Clock clock;

    DevelopmentPlanService(
            TenantDatabase tenants,
            DevelopmentRepository plans,
            DevelopmentFacts facts,
            DevelopmentAccess access,
            EmployeeService employees,
            DevelopmentNotices notices,
            Clock clock) {
        this.tenants = tenants;
        this.plans = plans;
        this.facts = facts;
        this.access = access;
        this.employees = employees;
        this.notices = notices;
        this.clock = clock;
    }

    /** The employee's plan for the year (the caller's own when {@code nip} is null), if there is one. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.PEOPLE)
    public Optional<Plan> plan(String agency, @Nullable String nip, @Nullable Integer year) {
        DevelopmentAccess.Who who = access.who(agency, nip);
        if (!who.mayRead()) {
            throw access.denied("Only the employee, their direct superior, tenant admins and the talent committee read"
                    + " a development plan.");
        }
        DSLContext tenant = tenants.enter(agency);
        return plans.plan(tenant, who.nip(), year == null ? thisYear() : year).map(row -> view(agency, tenant, row));
    }

    @Transactional
    @PreAuthorize(Access.PEOPLE)
    public Outcome<Plan, DevelopmentProblem> propose(String agency, @Nullable String nip, String actor) {
        DevelopmentAccess.Who who = access.who(agency, nip);
        if (!who.mayPropose()) {
            return DevelopmentProblem.refused(
                    Reason.NOT_ALLOWED,
                    "A plan is proposed by the employee, their direct superior" + " or a tenant admin.");
        }
        Employee employee = facts.employee(agency, who.nip()).orElse(null);
        if (employee == null) {
            return DevelopmentProblem.refused(Reason.NOT_FOUND, "No employee " + who.nip() + " in this agency.");
        }
        var published = facts.published(agency, who.nip()).orElse(null);
        if (published == null) {
            return DevelopmentProblem.refused(
                    Reason.NO_PUBLISHED_RESULT,
                    "Employee " + who.nip() + " has no result in a"
                            + " published period yet; a plan is proposed from the published box.");
        }
        DSLContext tenant = tenants.enter(agency);
        int year = thisYear();
        Optional<PlanRow> existing = plans.plan(tenant, who.nip(), year);
        if (existing.isPresent() && existing.get().status() == PlanStatus.AGREED) {
            return DevelopmentProblem.refused(
                    Reason.WRONG_STATE,
                    "The plan for " + year + " is already agreed; follow it" + " action by action.");
        }
        var actions = PlanProposal.propose(published.box(), facts.gaps(agency, employee, published.periodId()));
        long id = plans.propose(tenant, who.nip(), year, published.periodId(), published.box(), actor);
        plans.replaceActions(tenant, id, actions, PlanProposal.dueOn(year));
        Plan plan = view(agency, tenant, plans.planForUpdate(tenant, id).orElseThrow());
        if (plan.superiorNip() != null) {
            notices.toAgree(agency, plan);
        }
        return Outcome.done(plan);
    }

    @Transactional
    @PreAuthorize(Access.PEOPLE)
    public Outcome<Plan, DevelopmentProblem> agree(String agency, String nip, String actor) {
        DevelopmentAccess.Who who = access.who(agency, nip);
        if (!who.mayAgree()) {
            return DevelopmentProblem.refused(
                    Reason.NOT_ALLOWED,
                    "The employee's direct superior agrees the plan (a tenant"
                            + " admin where the structure names none); never the employee.");
        }
        DSLContext tenant = tenants.enter(agency);
        PlanRow row = plans.plan(tenant, who.nip(), thisYear())
                .flatMap(p -> plans.planForUpdate(tenant, p.id()))
                .orElse(null);
        if (row == null) {
            return DevelopmentProblem.refused(
                    Reason.NOT_FOUND, "Employee " + who.nip() + " has no plan for " + thisYear() + ".");
        }
        if (row.status() != PlanStatus.PROPOSED) {
            return DevelopmentProblem.refused(Reason.WRONG_STATE, "The plan is already agreed.");
        }
        plans.agree(tenant, row.id(), actor);
        Plan plan = view(agency, tenant, plans.planForUpdate(tenant, row.id()).orElseThrow());
        notices.agreed(agency, plan);
        return Outcome.done(plan);
    }

    /** Records an action of an agreed plan as done, with its evidence, on a date not in the future. */
    @Transactional
    @PreAuthorize(Access.PEOPLE)
    public Outcome<Plan, DevelopmentProblem> complete(
            String agency, long actionId, String evidence, LocalDate completedOn, String actor) {
        DSLContext tenant = tenants.enter(agency);
        ActionRow action = plans.actionForUpdate(tenant, actionId).orElse(null);
        PlanRow row = action == null
                ? null
                : plans.planForUpdate(tenant, action.planId()).orElse(null);
        DevelopmentAccess.Who who = row == null ? null : access.who(agency, row.nip());
        if (action == null || row == null || who == null || !who.mayRead()) {
            return DevelopmentProblem.refused(Reason.NOT_FOUND, "No action " + actionId + " of a plan you may read.");
        }
        if (!who.mayRecordCompletion()) {
            return DevelopmentProblem.refused(
                    Reason.NOT_ALLOWED,
                    "The direct superior or a tenant admin records an action as"
                            + " done, with its evidence: it becomes evidence in the next assessment.");
        }
        if (row.status() != PlanStatus.AGREED || action.status() != ActionStatus.PLANNED) {
            return DevelopmentProblem.refused(
                    Reason.WRONG_STATE, "Only a planned action of an agreed plan is completed.");
        }
        String proof = evidence.trim();
        if (proof.length() < 5 || proof.length() > 1000) {
            return DevelopmentProblem.invalid(
                    "Evidence (a certificate number, a report) is 5 to" + " 1000 characters.", "evidence");
        }
        if (completedOn.isAfter(LocalDate.now(clock)) || completedOn.getYear() < row.year() - 1) {
            return DevelopmentProblem.invalid(
                    "The completion date is in the plan's year or the one" + " before, and not in the future: "
                            + completedOn + ".",
                    "completedOn");
        }
        plans.complete(tenant, actionId, proof, completedOn, actor);
        if (action.hours() > 0) {
            // a course or study with its certificate is evidence of competency development; coaching and
            // mentoring count as hours of learning only
            HistoryEntry.Kind kind = action.kind() == ActionKind.TRAINING || action.kind() == ActionKind.STUDY
                    ? HistoryEntry.Kind.CERTIFICATE
                    : HistoryEntry.Kind.TRAINING;
            SystemActor.callForAgency(
                    agency,
                    () -> employees.addHistory(
                            agency,
                            new HistoryEntry(
                                    row.nip(),
                                    kind,
                                    null,
                                    action.kind().name().charAt(0)
                                            + action.kind().name().substring(1).toLowerCase() + ": " + action.title(),
                                    "Rencana pengembangan individu " + row.year() + " (" + proof + ")",
                                    completedOn,
                                    null,
                                    action.hours()),
                            actor));
        }
        return Outcome.done(view(agency, tenant, row));
    }

    /** Proposed plans of this year that wait for the caller's agreement as direct superior. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.PEOPLE)
    public List<Plan> toAgree(String agency) {
        List<String> mine = access.subordinatesOfCaller(agency);
        if (mine.isEmpty()) {
            return List.of();
        }
        DSLContext tenant = tenants.enter(agency);
        return plans.plans(tenant, thisYear(), mine).stream()
                .filter(p -> p.status() == PlanStatus.PROPOSED)
                .map(p -> view(agency, tenant, p))
                .toList();
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    private Plan view(String agency, DSLContext tenant, PlanRow row) {
        List<ActionRow> actions = plans.actions(tenant, row.id());
        String name = facts.employee(agency, row.nip()).map(Employee::name).orElse(row.nip());
        int learned =
                facts.learningHours(agency, List.of(row.nip()), row.year()).getOrDefault(row.nip(), 0);
        return new Plan(
                row.id(),
                row.nip(),
                name,
                row.year(),
                row.box(),
                row.status(),
                row.proposedBy(),
                row.agreedBy(),
                facts.superior(agency, row.nip()),
                actions.stream()
                        .map(a -> new DevelopmentRecords.Action(
                                a.id(),
                                a.kind(),
                                a.title(),
                                Reasons.text(a.reason()),
                                a.competency(),
                                a.owner(),
                                a.dueOn(),
                                a.hours(),
                                a.status(),
                                a.evidence(),
                                a.completedOn()))
                        .toList(),
                actions.stream()
                        .filter(a -> a.status() != ActionStatus.CANCELLED)
                        .mapToInt(ActionRow::hours)
                        .sum(),
                learned,
                DevelopmentRecords.YEARLY_JP);
    }
}
