package id.meritasn.shared.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/** Spring for GraphQL registers every Instrumentation and WebGraphQlInterceptor bean with the engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimitsConfiguration {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
    }

    @Bean
    org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(1000)));
    }

    @Bean
    TimeoutWebGraphQlInterceptor requestTimeout(GraphQlLimitsProperties limits) {
        return new TimeoutWebGraphQlInterceptor(limits.timeout());
    }
}
