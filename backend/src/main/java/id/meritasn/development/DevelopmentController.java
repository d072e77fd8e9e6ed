package id.meritasn.development;

import id.meritasn.development.DevelopmentRecords.Plan;
import id.meritasn.development.DevelopmentRecords.UnitLearningHours;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.outcome.Outcome;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of development plans and learning hours. */
@Controller
class DevelopmentController {

    record DevelopmentPlanPayload(@Nullable Plan plan, List<DevelopmentRefusal> errors) {}

    /** GraphQL type DevelopmentRefusal. */
    record DevelopmentRefusal(
            String message, String reason, @Nullable String field) {}

    record ProposeInput(@Nullable String nip) {}

    record AgreeInput(String nip) {}

    record CompleteInput(String actionId, String evidence, String completedOn) {}

    private final DevelopmentPlanService plans;
    private final LearningHoursService hours;

    DevelopmentController(DevelopmentPlanService plans, LearningHoursService hours) {
        this.plans = plans;
        this.hours = hours;
    }

    @QueryMapping
    @Nullable
    Plan developmentPlan(
            @CurrentAgency String agency, @Argument @Nullable String nip, @Argument @Nullable Integer year) {
        return plans.plan(agency, nip, year).orElse(null);
    }

    @QueryMapping
    List<Plan> developmentPlansToAgree(@CurrentAgency String agency) {
        return plans.toAgree(agency);
    }

    @QueryMapping
    List<UnitLearningHours> learningHours(@CurrentAgency String agency, @Argument int year) {
        return hours.byUnit(agency, year);
    }

    @MutationMapping
    DevelopmentPlanPayload proposeDevelopmentPlan(
            @CurrentAgency String agency, @Argument ProposeInput input, Authentication caller) {
        return payload(plans.propose(agency, input.nip(), caller.getName()));
    }

    @MutationMapping
    DevelopmentPlanPayload agreeDevelopmentPlan(
            @CurrentAgency String agency, @Argument AgreeInput input, Authentication caller) {
        return payload(plans.agree(agency, input.nip(), caller.getName()));
    }

    @MutationMapping
    DevelopmentPlanPayload completeDevelopmentAction(
            @CurrentAgency String agency, @Argument CompleteInput input, Authentication caller) {
        LocalDate on;
        long id;
        try {
            on = LocalDate.parse(input.completedOn());
        } catch (DateTimeParseException e) {
            return new DevelopmentPlanPayload(
                    null,
                    List.of(new DevelopmentRefusal(
                            "The completion date is a date" + " like 2026-11-30, not '" + input.completedOn() + "'.",
                            "INVALID_INPUT",
                            "completedOn")));
        }
        try {
            id = Long.parseLong(input.actionId());
        } catch (NumberFormatException e) {
            return new DevelopmentPlanPayload(
                    null,
                    List.of(new DevelopmentRefusal("No action '" + input.actionId() + "'.", "NOT_FOUND", "actionId")));
        }
        return payload(plans.complete(agency, id, input.evidence(), on, caller.getName()));
    }

    static DevelopmentPlanPayload payload(Outcome<Plan, DevelopmentProblem> outcome) {
        return new DevelopmentPlanPayload(outcome.valueOrNull(), refusals(outcome));
    }

    /** The problems as GraphQL's DevelopmentRefusal, whose field is null (not empty) for a step refused as a whole. */
    static List<DevelopmentRefusal> refusals(Outcome<?, DevelopmentProblem> outcome) {
        return outcome.problems().stream()
                .map(p -> new DevelopmentRefusal(
                        p.message(), p.reason().name(), p.field().isEmpty() ? null : p.field()))
                .toList();
    }
}
