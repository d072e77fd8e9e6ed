package id.meritasn.shared.graphql;

import graphql.schema.DataFetchingEnvironment;
import id.meritasn.shared.security.AgencySelection;
import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/** Resolves {@link CurrentAgency} arguments from the request's agency selection (Boot registers resolver beans). */
@Component
class CurrentAgencyArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CurrentAgency.class) && parameter.getParameterType() == String.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
        AgencySelection selection = environment.getGraphQlContext().get(AgencySelection.CONTEXT_KEY);
        return (selection == null ? AgencySelection.none() : selection).require();
    }
}
