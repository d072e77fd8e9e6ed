package id.meritasn.shared.graphql;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * The request limits: depth and complexity in the document provider, input sizes and the whole-request timeout as
 * interceptors; outages of the database as 503.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimitsConfiguration {

    /** Depth and complexity are checked by the document provider, not by instrumentations (see OperationLimits). */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache(
            GraphQlLimitsProperties limits, ObjectProvider<GraphQlSource> source) {
        OperationLimits operationLimits = new OperationLimits(
                limits.maxDepth(),
                limits.maxComplexity(),
                () -> source.getObject().schema());
        return builder -> builder.configureGraphQl(
                graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(1000, operationLimits)));
    }

    /** Before the body is read: the largest request is one document plus one file's base64 (and some JSON). */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(GraphQlLimitsProperties limits) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter((long) limits.maxDocumentLength() + limits.maxUploadLength() + 65_536));
        registration.addUrlPatterns("/graphql", "/graphql/public");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    InputLimitsInterceptor inputLimits(GraphQlLimitsProperties limits) {
        return new InputLimitsInterceptor(new InputLimits(
                limits.maxDocumentLength(), limits.maxTextLength(), limits.maxUploadLength(), limits.maxListLength()));
    }

    /**
     * Replaces Boot's handler (same wiring) to answer an outage with 503; see OutageAwareGraphQlHttpHandler. Only in a
     * web application: the benchmarks that start the platform without a web server (tenancy) failed to start.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new OutageAwareGraphQlHttpHandler(handler);
    }

    @Bean
    OutageInterceptor outages() {
        return new OutageInterceptor();
    }

    @Bean
    TimeoutWebGraphQlInterceptor requestTimeout(GraphQlLimitsProperties limits) {
        return new TimeoutWebGraphQlInterceptor(limits.timeout());
    }
}
