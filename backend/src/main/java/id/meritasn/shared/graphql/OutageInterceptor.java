package id.meritasn.shared.graphql;

import graphql.ExecutionResult;
import id.meritasn.shared.db.Outages;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Outermost interceptor: an outage raised before execution (resolving the caller's agency reads the registry) becomes
 * the same classified error as one raised by a data fetcher, and any answer carrying it gets Retry-After.
 */
class OutageInterceptor implements WebGraphQlInterceptor, Ordered {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request)
                .onErrorResume(
                        Outages::isOutage,
                        error -> Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
                                request.toExecutionInput(),
                                ExecutionResult.newExecutionResult()
                                        .addError(Unavailable.error(error, null, null))
                                        .build()))))
                .doOnNext(response -> {
                    if (Unavailable.isIn(response.getErrors())) {
                        response.getResponseHeaders()
                                .set(HttpHeaders.RETRY_AFTER, String.valueOf(Outages.RETRY_AFTER_SECONDS));
                    }
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
