package id.meritasn.shared.graphql;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import id.meritasn.shared.db.Outages;
import id.meritasn.shared.error.ClassifiedException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Unexpected failures become GraphQL errors with a classification and a plain message, never a stack trace.
 * Features throw exceptions that say what happened; this decides how each kind is classified. Access denials are
 * classified by Spring for GraphQL's own security resolver (UNAUTHORIZED / FORBIDDEN).
 */
@Component
class GraphQlErrorClassifier extends DataFetcherExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment env) {
        if (Outages.isOutage(error)) {
            return Unavailable.error(
                    error, env.getExecutionStepInfo().getPath(), env.getField().getSourceLocation());
        }
        ErrorType type = classify(error);
        if (type == null) {
            return null;
        }
        return GraphQLError.newError()
                .errorType(type)
                .message(error.getMessage())
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }

    private static @Nullable ErrorType classify(Throwable error) {
        if (error instanceof ClassifiedException classified) {
            return switch (classified.kind()) {
                case NOT_FOUND -> ErrorType.NOT_FOUND;
                case FORBIDDEN -> ErrorType.FORBIDDEN;
                case BAD_REQUEST -> ErrorType.BAD_REQUEST;
            };
        }
        if (error instanceof IllegalArgumentException) {
            return ErrorType.BAD_REQUEST;
        }
        return null;
    }
}
