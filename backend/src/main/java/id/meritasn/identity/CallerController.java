package id.meritasn.identity;

import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.AgencySelection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL type Caller: what the platform knows of the caller, all from their own token. */
@Controller
class CallerController {

    record Caller(
            String name,
            List<String> roles,
            List<String> agencies,
            @Nullable String selectedAgency,
            @Nullable String selectionProblem) {}

    @QueryMapping
    Caller me(Authentication caller, @ContextValue(name = AgencySelection.CONTEXT_KEY) AgencySelection selection) {
        List<String> roles = AgencyAuthorities.roles(caller).stream()
                .map(role -> role.toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        return new Caller(caller.getName(), roles, selection.memberships(), selection.agencyKey(), selection.problem());
    }
}
