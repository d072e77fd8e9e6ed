package id.meritasn.shared.graphql;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * GraphQL over HTTP answers 200 for a well-formed request whatever happened; an outage is the exception, so that load
 * balancers, monitors and HTTP clients with retry policies see it: 503 with Retry-After (set by {@link OutageInterceptor}).
 */
class OutageAwareGraphQlHttpHandler extends GraphQlHttpHandler {

    OutageAwareGraphQlHttpHandler(WebGraphQlHandler handler) {
        super(handler);
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType contentType) {
        return Unavailable.isIn(response.getErrors())
                ? HttpStatus.SERVICE_UNAVAILABLE
                : super.selectResponseStatus(response, contentType);
    }
}
