package id.meritasn.tenancy;

import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.graphql.FieldInvalid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL type Agency: the caller's own agency, selected per request ({@link CurrentAgency}). */
@Controller
class AgencyController {

    private final AgencyService agencies;

    AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    record SetAgencyPolicyInput(String name, String valueJson, String reason) {}

    record SetAgencyPolicyPayload(@Nullable AgencyProfile agency, List<Object> errors) {}

    @QueryMapping
    AgencyProfile myAgency(@CurrentAgency String agency) {
        return agencies.profile(agency);
    }

    @MutationMapping
    SetAgencyPolicyPayload setAgencyPolicy(
            @Argument SetAgencyPolicyInput input, Authentication caller, @CurrentAgency String agency) {
        var change = agencies.setPolicy(agency, input.name(), input.valueJson(), input.reason(), caller.getName());
        return change.problem() == null
                ? new SetAgencyPolicyPayload(change.agency(), List.of())
                : new SetAgencyPolicyPayload(
                        null, List.of(new FieldInvalid(change.problem(), String.valueOf(change.field()))));
    }
}
