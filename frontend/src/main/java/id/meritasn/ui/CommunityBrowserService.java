package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentProblem;
import id.meritasn.assessment.CommunityFeedbackService;
import id.meritasn.assessment.CommunityFeedbackService.Status;
import id.meritasn.assessment.CommunityFeedbackService.Submission;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.outcome.Outcome;
import jakarta.annotation.security.PermitAll;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** The moderation page of community input (PERMATA): the queue of a period by status, and approve or reject. */
@BrowserCallable
@PermitAll
class CommunityBrowserService {

    private final CommunityFeedbackService community;
    private final EmployeeService employees;

    CommunityBrowserService(CommunityFeedbackService community, EmployeeService employees) {
        this.community = community;
        this.employees = employees;
    }

    /** A submission with the name of the employee it is about; who submitted it is never known here. */
    record Row(
            long id,
            @NonNull String nip,
            @NonNull String employeeName,
            @NonNull String channel,
            int score,
            @Nullable String comment,
            @NonNull Status status,
            @NonNull OffsetDateTime submittedAt,
            @Nullable String moderatedBy,
            @Nullable String moderationReason) {}

    /** The moderated submission, or why it was refused (already moderated, period closed, no reason given). */
    record ModerationResult(@Nullable Row row, @Nullable String problem) {}

    /** A page of the queue, oldest first; the next page starts after the last row's id. */
    public @NonNull List<@NonNull Row> queue(long periodId, @NonNull Status status, @Nullable Long afterId, int size) {
        String agency = UiCaller.agency();
        List<Submission> page = community.queue(agency, periodId, status, afterId, Math.max(1, Math.min(size, 200)));
        Map<String, String> names =
                employees
                        .findAll(
                                agency,
                                page.stream().map(Submission::nip).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(Employee::nip, Employee::fullName));
        return page.stream()
                .map(s -> row(s, names.getOrDefault(s.nip(), s.nip())))
                .toList();
    }

    /** Approves, or rejects with a reason; tenant admins only (checked by the backend service). */
    public @NonNull ModerationResult moderate(long id, boolean approve, @Nullable String reason) {
        String agency = UiCaller.agency();
        var moderated = community.moderate(
                agency,
                id,
                approve,
                reason,
                SecurityContextHolder.getContext().getAuthentication().getName());
        return switch (moderated) {
            case Outcome.Done<Submission, AssessmentProblem> done -> {
                String name = employees.findAll(agency, List.of(done.value().nip())).stream()
                        .findFirst()
                        .map(Employee::fullName)
                        .orElse(done.value().nip());
                yield new ModerationResult(row(done.value(), name), null);
            }
            // a moderation refuses for one rule, so the first problem is the whole answer
            case Outcome.Refused<Submission, AssessmentProblem> refused ->
                new ModerationResult(null, refused.problems().getFirst().message());
        };
    }

    private static Row row(Submission s, String name) {
        return new Row(
                s.id(),
                s.nip(),
                name,
                s.channel(),
                s.score(),
                s.comment(),
                s.status(),
                s.submittedAt(),
                s.moderatedBy(),
                s.moderationReason());
    }
}
