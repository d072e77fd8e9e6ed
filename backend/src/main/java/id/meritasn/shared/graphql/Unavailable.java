package id.meritasn.shared.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import id.meritasn.shared.db.Outages;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.ResponseError;

/**
 * The classification of an outage: the request was fine, the platform cannot serve it right now, retry later.
 * Over HTTP the answer is 503 with Retry-After ({@link OutageAwareGraphQlHttpHandler}).
 */
public enum Unavailable implements ErrorClassification {
    UNAVAILABLE;

    static GraphQLError error(Throwable outage, @Nullable ResultPath path, @Nullable SourceLocation location) {
        GraphQLError.Builder<?> builder = GraphQLError.newError()
                .errorType(UNAVAILABLE)
                .message(Outages.message(outage))
                .extensions(Map.of("retryAfterSeconds", Outages.RETRY_AFTER_SECONDS));
        if (path != null) {
            builder.path(path);
        }
        if (location != null) {
            builder.location(location);
        }
        return builder.build();
    }

    static boolean isIn(List<ResponseError> errors) {
        return errors.stream()
                .anyMatch(error -> error.getErrorType() == UNAVAILABLE
                        || UNAVAILABLE.name().equals(error.getExtensions().get("classification")));
    }
}
