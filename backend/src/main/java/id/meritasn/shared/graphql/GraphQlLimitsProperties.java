package id.meritasn.shared.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits every request to /graphql is held to, from the first endpoint on.
 *
 * @param maxDepth      deepest nesting of fields
 * @param maxComplexity sum of field costs (graphql-java counts each field as 1, times list arguments it cannot see)
 * @param timeout       whole-request time limit; the caller gets HTTP 408
 * @param maxPageSize   largest {@code first} a connection accepts
 */
@ConfigurationProperties("meritasn.graphql")
public record GraphQlLimitsProperties(int maxDepth, int maxComplexity, Duration timeout, int maxPageSize) {

    public GraphQlLimitsProperties {
        maxDepth = maxDepth > 0 ? maxDepth : 12;
        maxComplexity = maxComplexity > 0 ? maxComplexity : 1000;
        timeout = timeout != null ? timeout : Duration.ofSeconds(15);
        maxPageSize = maxPageSize > 0 ? maxPageSize : 200;
    }
}
