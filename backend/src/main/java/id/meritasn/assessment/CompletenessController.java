package id.meritasn.assessment;

import id.meritasn.shared.graphql.CurrentAgency;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of the completeness gate: declarations per unit, declaring and excluding. */
@Controller
class CompletenessController {

    private final CompletenessService completeness;

    CompletenessController(CompletenessService completeness) {
        this.completeness = completeness;
    }

    record DeclareUnitsCompleteInput(long periodId, List<String> unitCodes) {}

    record ExcludeUnitInput(long periodId, String unitCode, String reason) {}

    record UnitDeclarationPayload(List<String> unitCodes, List<CompletenessService.DeclarationRefused> errors) {}

    @QueryMapping
    List<CompletenessService.UnitDeclaration> unitDeclarations(@Argument long periodId, @CurrentAgency String agency) {
        return completeness.declarations(agency, periodId);
    }

    @MutationMapping
    UnitDeclarationPayload declareUnitsComplete(
            @Argument DeclareUnitsCompleteInput input, Authentication caller, @CurrentAgency String agency) {
        var refused = completeness.declare(agency, input.periodId(), input.unitCodes(), caller.getName());
        return new UnitDeclarationPayload(refused.isEmpty() ? input.unitCodes() : List.of(), refused);
    }

    @MutationMapping
    UnitDeclarationPayload excludeUnit(
            @Argument ExcludeUnitInput input, Authentication caller, @CurrentAgency String agency) {
        var refused =
                completeness.exclude(agency, input.periodId(), input.unitCode(), input.reason(), caller.getName());
        return new UnitDeclarationPayload(refused.isEmpty() ? List.of(input.unitCode()) : List.of(), refused);
    }
}
