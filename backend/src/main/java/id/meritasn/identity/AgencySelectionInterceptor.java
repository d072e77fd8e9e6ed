package id.meritasn.identity;

import id.meritasn.shared.security.AgencySelection;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the request's {@link AgencySelection} into the GraphQL context, where controllers take it explicitly. */
@Component
class AgencySelectionInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        AgencySelection selection = AgencySelector.select(
                SecurityContextHolder.getContext().getAuthentication(),
                request.getHeaders().getFirst(AgencySelection.HEADER));
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(Map.of(AgencySelection.CONTEXT_KEY, selection))
                        .build());
        return chain.next(request);
    }
}
