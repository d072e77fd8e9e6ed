package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.tenancy.AgencyService;
import id.meritasn.tenancy.TenantDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community input on an employee's daily service, as Jakarta Pusat's PERMATA asks. Off unless the agency sets policy
 * {@code assessment.communityInput} to true; it counts in a score only where the agency's rubric gives the COMMUNITY
 * indicator a weight. Abuse controls: a submission comes from a channel that verified the person (the agency's own
 * system with its integration client, or an operator at a service counter) and carries that person's NIK; one
 * submission per person per employee per period; only submissions a moderator approved count, and too few approved
 * ones leave the employee "not mapped yet" rather than letting one voice decide.
 */
@Service
public class CommunityFeedbackService {

    static final String POLICY = "assessment.communityInput";
    static final String SUBMIT = Access.COMMUNITY_SUBMITTERS;

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    /** What a moderator sees: never who submitted. */
    public record Submission(
            long id,
            long periodId,
            String nip,
            String channel,
            int score,
            @Nullable String comment,
            Status status,
            OffsetDateTime submittedAt,
            @Nullable String moderatedBy,
            @Nullable String moderationReason) {}

    private final TenantDatabase tenants;
    private final CommunityFeedbackRepository repository;
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentService;
    private final EmployeeService employees;
    private final AgencyService agencies;

    CommunityFeedbackService(
            TenantDatabase tenants,
            CommunityFeedbackRepository repository,
            AssessmentRepository assessments,
            AssessmentService assessmentService,
            EmployeeService employees,
            AgencyService agencies) {
        this.tenants = tenants;
        this.repository = repository;
        this.assessments = assessments;
        this.assessmentService = assessmentService;
        this.employees = employees;
        this.agencies = agencies;
    }

    /** Queues a submission for moderation; it does not count until approved. Every check comes before the insert. */
    @Transactional
    @PreAuthorize(SUBMIT)
    public Outcome<Submission, AssessmentProblem> submit(
            String agency,
            long periodId,
            String nip,
            String verifiedNik,
            String channel,
            int score,
            @Nullable String comment,
            String actor) {
        if (!enabled(agency)) {
            return AssessmentProblem.refused(
                    "COMMUNITY_OFF", "Community input is off for this agency (policy " + POLICY + ").");
        }
        if (!validNik(verifiedNik)) {
            return AssessmentProblem.refused(
                    "NIK_FORMAT",
                    "verifiedNik must be the 16-digit NIK the channel verified, was '" + verifiedNik + "'.");
        }
        if (score < 1 || score > 5) {
            return AssessmentProblem.refused("SCORE_RANGE", "A community score is 1 to 5, was " + score + ".");
        }
        if (channel.isBlank()) {
            return AssessmentProblem.refused(
                    "CHANNEL_REQUIRED", "channel must name where the person was verified (app, service counter).");
        }
        if (comment != null && comment.length() > 1000) {
            return AssessmentProblem.refused(
                    "COMMENT_LENGTH", "A comment has at most 1000 characters, had " + comment.length() + ".");
        }
        DSLContext tenant = tenants.enter(agency);
        var open = openPeriod(tenant, periodId);
        if (!open.isDone()) {
            return Outcome.refused(open.problems());
        }
        if (employees.findAll(agency, List.of(nip)).isEmpty()) {
            return AssessmentProblem.refused("UNKNOWN_EMPLOYEE", "No employee with NIP " + nip + " in this agency.");
        }
        // the insert writes nothing when the person already answered for this employee and period
        return repository
                .insert(
                        tenant,
                        periodId,
                        nip,
                        submitterRef(agency, periodId, verifiedNik),
                        channel.trim(),
                        score,
                        comment == null || comment.isBlank() ? null : comment.trim(),
                        actor)
                .map(id -> Outcome.<Submission, AssessmentProblem>done(
                        repository.find(tenant, id).orElseThrow()))
                .orElseGet(() -> AssessmentProblem.refused(
                        "ALREADY_SUBMITTED",
                        "This person already gave feedback on employee " + nip
                                + " in this period; one submission per person per employee per period."));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.ADMIN)
    public List<Submission> queue(String agency, long periodId, Status status, @Nullable Long afterId, int limit) {
        return repository.page(tenants.enter(agency), periodId, status.name(), afterId, limit);
    }

    /**
     * Approves or rejects (with a reason) a pending submission and recomputes the employee at once. Every check comes
     * before the first write.
     */
    @Transactional
    @PreAuthorize(AssessmentService.ADMIN)
    public Outcome<Submission, AssessmentProblem> moderate(
            String agency, long id, boolean approve, @Nullable String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        Submission submission = repository.find(tenant, id).orElse(null);
        if (submission == null) {
            return AssessmentProblem.refused(
                    "UNKNOWN_SUBMISSION", "No community submission " + id + " in this agency.");
        }
        if (submission.status() != Status.PENDING) {
            return AssessmentProblem.refused(
                    "ALREADY_MODERATED", "Submission " + id + " was already " + submission.status() + ".");
        }
        if (!approve && (reason == null || reason.isBlank())) {
            return AssessmentProblem.refused("REASON_REQUIRED", "Rejecting a submission needs a reason.");
        }
        var open = openPeriod(tenant, submission.periodId());
        if (!open.isDone()) {
            return Outcome.refused(open.problems());
        }
        repository.moderate(
                tenant,
                id,
                approve ? Status.APPROVED.name() : Status.REJECTED.name(),
                reason == null || reason.isBlank() ? null : reason.trim(),
                actor);
        if (approve) {
            assessmentService.recomputeEmployee(agency, submission.periodId(), submission.nip());
        }
        return Outcome.done(repository.find(tenant, id).orElseThrow());
    }

    private boolean enabled(String agency) {
        return agencies.profile(agency).policies().stream()
                .anyMatch(p -> p.name().equals(POLICY) && p.valueJson().trim().equals("true"));
    }

    /** 16 digits; digits 7-12 are the birth date DDMMYY, with 40 added to the day for women. */
    static boolean validNik(String nik) {
        if (!nik.matches("\\d{16}")) {
            return false;
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        return (day >= 1 && day <= 31 || day >= 41 && day <= 71) && month >= 1 && month <= 12;
    }

    private Outcome<AssessmentPeriod, AssessmentProblem> openPeriod(DSLContext tenant, long periodId) {
        return OpenPeriods.open(assessments.period(tenant, periodId), periodId, "community input is closed");
    }

    /** One-way reference to the verified person, salted per agency and period; the NIK itself is not stored. */
    private static String submitterRef(String agency, long periodId, String nik) {
        return OpenPeriods.reference("community", agency, String.valueOf(periodId), nik);
    }
}
