package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.TenantDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 360 of a period: raters assigned from the organisation (an operator adds or removes one with a reason), each
 * rater's list of colleagues to rate, and one answer per rater, ratee and period (a second replaces the first). The
 * rater is the caller's own NIP and the group is the assignment's; neither is taken from the request.
 */
@Service
public class FeedbackService {

    /** Peers and subordinates asked per employee: enough for the three a group needs, few enough to be answered. */
    static final int MAX_PEERS = 5;

    static final int MAX_SUBORDINATES = 5;

    private final TenantDatabase tenants;
    private final AssessmentRepository assessments;
    private final FeedbackRaterRepository raters;
    private final EmployeeService employees;
    private final OrganizationService organization;
    private final AssessmentService recompute;

    FeedbackService(
            TenantDatabase tenants,
            AssessmentRepository assessments,
            FeedbackRaterRepository raters,
            EmployeeService employees,
            OrganizationService organization,
            AssessmentService recompute) {
        this.tenants = tenants;
        this.assessments = assessments;
        this.raters = raters;
        this.employees = employees;
        this.organization = organization;
        this.recompute = recompute;
    }

    /** Why a 360 request was refused: NO_NIP, SELF, NOT_ASSIGNED, SCORE_RANGE, NOT_OPEN, REASON_REQUIRED, UNKNOWN_EMPLOYEE. */
    public record FeedbackRefusal(String rule, String message) {}

    /** One assignment as operators see it: DERIVED from the organisation or ADDED; a removal keeps its reason. */
    public record Rater(
            String ratee,
            String rater,
            RaterGroup group,
            String source,
            boolean removed,
            @Nullable String reason) {}

    /** A colleague to rate, with the group the rater answers in and their answer so far. */
    public record Task(
            String nip,
            String name,
            RaterGroup group,
            @Nullable Integer score) {}

    /** Derives the period's raters from the organisation; returns how many assignments are new. */
    @Transactional
    @PreAuthorize(AssessmentService.ADMIN)
    public int assignRaters(String agency, long periodId, String actor) {
        DSLContext tenant = tenants.enter(agency);
        openPeriod(tenant, periodId);
        Map<Long, @Nullable Long> parents = RaterDerivation.unitParents(organization.unitTree(agency));
        return raters.insertDerived(
                tenant,
                periodId,
                RaterDerivation.derive(employees.roster(agency), parents, MAX_PEERS, MAX_SUBORDINATES),
                actor);
    }

    @Transactional
    @PreAuthorize(AssessmentService.ADMIN)
    public Optional<FeedbackRefusal> addRater(
            String agency, long periodId, String ratee, String rater, RaterGroup group, String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Optional<FeedbackRefusal> refused = checkChange(tenant, agency, periodId, ratee, rater, reason);
        if (refused.isEmpty()) {
            raters.add(tenant, periodId, ratee, rater, group, reason.trim(), actor);
        }
        return refused;
    }

    /** Removes an assignment with its reason; an answer the rater already gave stops counting. */
    @Transactional
    @PreAuthorize(AssessmentService.ADMIN)
    public Optional<FeedbackRefusal> removeRater(
            String agency, long periodId, String ratee, String rater, String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Optional<FeedbackRefusal> refused = checkChange(tenant, agency, periodId, ratee, rater, reason);
        if (refused.isPresent()) {
            return refused;
        }
        if (!raters.remove(tenant, periodId, ratee, rater, reason.trim(), actor)) {
            return Optional.of(new FeedbackRefusal("NOT_ASSIGNED", rater + " is not assigned to rate " + ratee + "."));
        }
        raters.deleteFeedback(tenant, periodId, ratee, raterRef(agency, periodId, rater));
        SystemActor.callForAgency(agency, () -> recompute.recomputeEmployee(agency, periodId, ratee));
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public List<Rater> raters(String agency, long periodId, String ratee) {
        return raters.raters(tenants.enter(agency), periodId, ratee);
    }

    /** The colleagues the caller is asked to rate in the period (the caller's NIP from the token). */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.PEOPLE)
    public List<Task> myTasks(String agency, long periodId) {
        String own = CallerClaims.currentNip();
        if (own == null) {
            return List.of();
        }
        List<FeedbackRaterRepository.Task> tasks =
                raters.tasks(tenants.enter(agency), periodId, own, raterRef(agency, periodId, own));
        // names only of the colleagues the caller is asked about: the purpose of showing them
        Map<String, String> names = new HashMap<>();
        SystemActor.callForAgency(
                        agency,
                        () -> employees.findAll(
                                agency,
                                tasks.stream()
                                        .map(FeedbackRaterRepository.Task::ratee)
                                        .toList()))
                .forEach(e -> names.put(e.nip(), e.fullName()));
        List<Task> result = new ArrayList<>(tasks.size());
        tasks.forEach(
                t -> result.add(new Task(t.ratee(), names.getOrDefault(t.ratee(), t.ratee()), t.group(), t.score())));
        return result;
    }

    /** The caller's tasks in one open period. */
    public record PeriodTasks(long periodId, String periodName, List<Task> tasks) {}

    /** The caller's 360 tasks in every open period of the agency, newest period first (their "to rate" list). */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.PEOPLE)
    public List<PeriodTasks> myOpenTasks(String agency) {
        List<PeriodTasks> result = new ArrayList<>();
        for (AssessmentPeriod period : assessments.periods(tenants.enter(agency))) {
            if (period.status() == PeriodStatus.OPEN) {
                List<Task> tasks = myTasks(agency, period.id());
                if (!tasks.isEmpty()) {
                    result.add(new PeriodTasks(period.id(), period.name(), tasks));
                }
            }
        }
        return result;
    }

    /** Records the caller's answer about a colleague they are assigned to; the ratee is recomputed at once. */
    @Transactional
    @PreAuthorize(AssessmentService.PEOPLE)
    public Optional<FeedbackRefusal> record(String agency, long periodId, String ratee, int score) {
        String own = CallerClaims.currentNip();
        if (own == null) {
            return Optional.of(
                    new FeedbackRefusal("NO_NIP", "Your account is not linked to a NIP, so you are nobody's rater."));
        }
        if (own.equals(ratee)) {
            return Optional.of(new FeedbackRefusal("SELF", "Nobody rates themselves."));
        }
        if (score < 1 || score > 5) {
            return Optional.of(new FeedbackRefusal("SCORE_RANGE", "Feedback scores are 1 to 5, was " + score + "."));
        }
        DSLContext tenant = tenants.enter(agency);
        Optional<FeedbackRefusal> closed = open(tenant, periodId);
        if (closed.isPresent()) {
            return closed;
        }
        Optional<RaterGroup> group = raters.group(tenant, periodId, ratee, own);
        if (group.isEmpty()) {
            return Optional.of(
                    new FeedbackRefusal("NOT_ASSIGNED", "You are not asked to rate " + ratee + " in this period."));
        }
        assessments.saveFeedback(
                tenant,
                periodId,
                ratee,
                raterRef(agency, periodId, own),
                group.get().name(),
                score);
        SystemActor.callForAgency(agency, () -> recompute.recomputeEmployee(agency, periodId, ratee));
        return Optional.empty();
    }

    private Optional<FeedbackRefusal> checkChange(
            DSLContext tenant, String agency, long periodId, String ratee, String rater, String reason) {
        if (reason.isBlank() || reason.trim().length() < 10) {
            return Optional.of(new FeedbackRefusal("REASON_REQUIRED", "Say why in at least 10 characters."));
        }
        if (ratee.equals(rater)) {
            return Optional.of(new FeedbackRefusal("SELF", "Nobody rates themselves."));
        }
        List<Employee> found = employees.findAll(agency, List.of(ratee, rater));
        for (String nip : List.of(ratee, rater)) {
            if (found.stream().noneMatch(e -> e.nip().equals(nip))) {
                return Optional.of(
                        new FeedbackRefusal("UNKNOWN_EMPLOYEE", "No employee with NIP " + nip + " in this agency."));
            }
        }
        return open(tenant, periodId);
    }

    private Optional<FeedbackRefusal> open(DSLContext tenant, long periodId) {
        Optional<AssessmentPeriod> period = assessments.period(tenant, periodId);
        if (period.isEmpty() || period.get().status() != PeriodStatus.OPEN) {
            return Optional.of(
                    new FeedbackRefusal("NOT_OPEN", "Period " + periodId + " is not open for 360 feedback."));
        }
        return Optional.empty();
    }

    private void openPeriod(DSLContext tenant, long periodId) {
        open(tenant, periodId).ifPresent(r -> {
            throw new AssessmentRefused(r.rule(), r.message());
        });
    }

    /** Stands in for the rater so a second answer replaces the first, while the table holds no NIP of a rater. */
    static String raterRef(String agency, long periodId, String raterNip) {
        return OpenPeriods.reference(agency, String.valueOf(periodId), raterNip);
    }
}
