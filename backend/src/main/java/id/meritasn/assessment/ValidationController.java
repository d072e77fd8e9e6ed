package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.InputValidation;
import id.meritasn.assessment.AssessmentRecords.PendingValidation;
import id.meritasn.assessment.AssessmentRecords.ValidationRefusal;
import id.meritasn.shared.graphql.CurrentAgency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of tiered assessment: the caller's validation queue, a validation step and where an employee's inputs stand. */
@Controller
class ValidationController {

    private final TieredValidation tiers;

    ValidationController(TieredValidation tiers) {
        this.tiers = tiers;
    }

    record ValidateAssessmentInputInput(
            long periodId,
            String nip,
            String kind,
            boolean approve,
            @Nullable String reason) {}

    record ValidationPayload(boolean done, List<ValidationRefusal> errors) {}

    @QueryMapping
    List<PendingValidation> assessmentValidationQueue(@Argument long periodId, @CurrentAgency String agency) {
        return tiers.queue(agency, periodId);
    }

    @QueryMapping
    List<InputValidation> inputValidation(@Argument long periodId, @Argument String nip, @CurrentAgency String agency) {
        return tiers.states(agency, periodId, nip.trim());
    }

    @MutationMapping
    ValidationPayload validateAssessmentInput(
            @Argument ValidateAssessmentInputInput input, Authentication caller, @CurrentAgency String agency) {
        Optional<ValidationRefusal> refused = tiers.decide(
                agency,
                input.periodId(),
                input.nip().trim(),
                input.kind().trim(),
                input.approve(),
                input.reason(),
                caller.getName());
        return new ValidationPayload(refused.isEmpty(), refused.stream().toList());
    }
}
