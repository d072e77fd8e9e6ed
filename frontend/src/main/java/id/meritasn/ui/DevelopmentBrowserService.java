package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.development.DevelopmentPlanService;
import id.meritasn.development.DevelopmentProblem;
import id.meritasn.development.DevelopmentRecords.Plan;
import id.meritasn.development.DevelopmentRecords.UnitLearningHours;
import id.meritasn.development.LearningHoursService;
import id.meritasn.shared.outcome.Outcome;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** Development plans on /pengembangan: one's own, the staff's to agree, any one a tenant admin or committee reads. */
@BrowserCallable
@PermitAll
class DevelopmentBrowserService {

    /** The plan after a step, or why the step was refused (nothing changed). */
    public record Step(
            @Nullable Plan plan,
            @Nullable String problem,
            @Nullable String field) {}

    private final DevelopmentPlanService plans;
    private final LearningHoursService hours;

    DevelopmentBrowserService(DevelopmentPlanService plans, LearningHoursService hours) {
        this.plans = plans;
        this.hours = hours;
    }

    /** This year's plan of the employee (one's own without a NIP), or none. */
    public @Nullable Plan plan(@Nullable String nip) {
        return plans.plan(UiCaller.agency(), nip, null).orElse(null);
    }

    public @NonNull Step propose(@Nullable String nip) {
        return step(plans.propose(UiCaller.agency(), nip, UiCaller.username()));
    }

    public @NonNull Step agree(@NonNull String nip) {
        return step(plans.agree(UiCaller.agency(), nip, UiCaller.username()));
    }

    public @NonNull Step complete(long actionId, @NonNull String evidence, @NonNull String completedOn) {
        try {
            return step(plans.complete(
                    UiCaller.agency(), actionId, evidence, LocalDate.parse(completedOn), UiCaller.username()));
        } catch (DateTimeParseException e) {
            return new Step(null, "The completion date is a date like 2026-11-30.", "completedOn");
        }
    }

    public @NonNull List<@NonNull Plan> toAgree() {
        return plans.toAgree(UiCaller.agency());
    }

    public @NonNull List<@NonNull UnitLearningHours> learningHours(int year) {
        return hours.byUnit(UiCaller.agency(), year);
    }

    /** A development step refuses for one reason, so the first problem is the whole answer. */
    private static Step step(Outcome<Plan, DevelopmentProblem> outcome) {
        return switch (outcome) {
            case Outcome.Done<Plan, DevelopmentProblem> done -> new Step(done.value(), null, null);
            case Outcome.Refused<Plan, DevelopmentProblem> refused -> {
                DevelopmentProblem problem = refused.problems().getFirst();
                yield new Step(null, problem.message(), problem.field().isEmpty() ? null : problem.field());
            }
        };
    }
}
