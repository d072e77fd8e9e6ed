package id.meritasn.development;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.development.DevelopmentProblem.Reason;
import id.meritasn.development.DevelopmentRecords.GroupPlan;
import id.meritasn.development.DevelopmentRecords.Plan;
import id.meritasn.development.DevelopmentRecords.PlanReview;
import id.meritasn.development.DevelopmentRecords.PlanStatus;
import id.meritasn.development.DevelopmentRecords.Verdict;
import id.meritasn.development.DevelopmentRepository.ActionTally;
import id.meritasn.development.DevelopmentRepository.PlanRow;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.tenancy.TenantDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent committee's review of the development plans of the succession group: the members of the newest
 * published pool with this year's plan, and the committee's word on each agreed plan (endorsed, or a revision asked
 * for, always with a note). The superior agrees a plan; the committee reviews it on top, since a pool member's plan
 * prepares a successor and is the committee's business; its word is kept with the plan, never changes the plan, and
 * is mailed to the employee (and, for a revision, to the superior who agreed it).
 */
@Service
public class GroupPlanService {

    static final int NOTE_MIN = 10;
    static final int NOTE_MAX = 2000;

    private final TenantDatabase tenants;
    private final PoolFacts pool;
    private final DevelopmentRepository plans;
    private final PlanReviewRepository reviews;
    private final DevelopmentPlanService planService;
    private final DevelopmentNotices notices;

    GroupPlanService(
            TenantDatabase tenants,
            PoolFacts pool,
            DevelopmentRepository plans,
            PlanReviewRepository reviews,
            DevelopmentPlanService planService,
            DevelopmentNotices notices) {
        this.tenants = tenants;
        this.pool = pool;
        this.plans = plans;
        this.reviews = reviews;
        this.planService = planService;
        this.notices = notices;
    }

    /** Each member of the newest published pool, best box first, with this year's plan and the committee's word. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SUCCESSION_READERS)
    public List<GroupPlan> groupPlans(String agency) {
        List<PoolMember> members = members(agency);
        return members.isEmpty() ? List.of() : of(tenants.enter(agency), members);
    }

    /** These members with this year's plan, its tally and its newest review: three reads for all of them. */
    private List<GroupPlan> of(DSLContext tenant, List<PoolMember> members) {
        Map<String, PlanRow> byNip =
                plans
                        .plans(
                                tenant,
                                planService.thisYear(),
                                members.stream().map(PoolMember::nip).toList())
                        .stream()
                        .collect(Collectors.toMap(PlanRow::nip, Function.identity()));
        List<Long> ids = byNip.values().stream().map(PlanRow::id).toList();
        Map<Long, ActionTally> tallies = ids.isEmpty() ? Map.of() : plans.tallies(tenant, ids);
        Map<Long, PlanReview> newest = ids.isEmpty() ? Map.of() : reviews.newest(tenant, ids);
        return members.stream()
                .map(m -> {
                    PlanRow plan = byNip.get(m.nip());
                    if (plan == null) {
                        return new GroupPlan(m.nip(), m.name(), m.box(), null, 0, 0, 0, null);
                    }
                    ActionTally tally = tallies.getOrDefault(plan.id(), new ActionTally(0, 0, 0));
                    return new GroupPlan(
                            m.nip(),
                            m.name(),
                            m.box(),
                            plan.status(),
                            tally.actions(),
                            tally.done(),
                            tally.hours(),
                            newest.get(plan.id()));
                })
                .toList();
    }

    /** Agreed plans of the group the committee has not reviewed since they were agreed. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.COMMITTEE)
    public int toReview(String agency) {
        return (int) groupPlans(agency).stream().filter(GroupPlan::toReview).count();
    }

    /** The committee's word on the agreed plan of a member of the group, with its note. */
    @Transactional
    @PreAuthorize(Access.COMMITTEE)
    public Outcome<GroupPlan, DevelopmentProblem> review(
            String agency, String nip, String verdict, String note, String actor) {
        Verdict said;
        try {
            said = Verdict.valueOf(verdict);
        } catch (IllegalArgumentException e) {
            return DevelopmentProblem.invalid("The verdict is ENDORSED or REVISE, not '" + verdict + "'.", "verdict");
        }
        String text = note.trim();
        if (text.length() < NOTE_MIN || text.length() > NOTE_MAX) {
            return DevelopmentProblem.invalid(
                    "The note says what the committee found in " + NOTE_MIN + " to " + NOTE_MAX + " characters ("
                            + text.length() + " given).",
                    "note");
        }
        PoolMember member = members(agency).stream()
                .filter(m -> m.nip().equals(nip))
                .findFirst()
                .orElse(null);
        if (member == null) {
            return DevelopmentProblem.refused(
                    Reason.NOT_FOUND,
                    "Employee " + nip + " is not a member of the newest"
                            + " published talent pool: the committee reviews the plans of the succession group.",
                    "nip");
        }
        DSLContext tenant = tenants.enter(agency);
        PlanRow row = plans.plan(tenant, nip, planService.thisYear()).orElse(null);
        if (row == null || row.status() != PlanStatus.AGREED) {
            return DevelopmentProblem.refused(
                    Reason.WRONG_STATE,
                    "Employee " + nip + " has "
                            + (row == null ? "no development plan" : "a plan not yet agreed by the direct superior")
                            + " for "
                            + planService.thisYear() + "; the committee reviews agreed plans.",
                    "nip");
        }
        reviews.add(tenant, row.id(), said, text, actor);
        Plan plan = planService.plan(agency, nip, row.year()).orElseThrow();
        notices.reviewed(agency, plan, said, text);
        return Outcome.done(of(tenant, List.of(member)).getFirst());
    }

    private List<PoolMember> members(String agency) {
        List<AssessmentPeriod> published = pool.publishedPeriods(agency);
        return published.isEmpty()
                ? List.of()
                : pool.pool(agency, published.getLast().id());
    }
}
