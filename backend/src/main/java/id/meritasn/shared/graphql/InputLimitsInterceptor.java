package id.meritasn.shared.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/** Refuses a request whose input is over a size limit ({@link InputLimits}) with a BAD_REQUEST naming it. */
class InputLimitsInterceptor implements WebGraphQlInterceptor {

    private final InputLimits limits;

    InputLimitsInterceptor(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        InputLimits.Refusal refused = limits.check(request.getDocument(), request.getVariables());
        if (refused == null) {
            return chain.next(request);
        }
        GraphQLError error = GraphQLError.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(refused.message())
                .extensions(Map.of("path", refused.path(), "size", refused.size(), "limit", refused.limit()))
                .build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
                request.toExecutionInput(),
                ExecutionResult.newExecutionResult().addError(error).build())));
    }
}
