package id.meritasn.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The machine-facing side: /graphql takes only bearer tokens (no session, no cookies, so no CSRF surface), machine
 * clients are held to their request limits (IntegrationRateLimitFilter), health probes and metrics are open for the
 * orchestrator, /graphql/public answers the schema's public operations without a token (see
 * PublicGraphQlConfiguration), an issued document downloads by its link, and everything else under these paths is
 * denied. The browser UI
 * has its own filter chain in the frontend module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ClientRateLimiter rateLimiter) throws Exception {
        return http.securityMatcher("/graphql", "/graphql/**", "/actuator/**", "/documents/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/graphql")
                        .authenticated()
                        // multipart file uploads beside GraphQL (the services check the role)
                        .requestMatchers(HttpMethod.POST, "/graphql/imports/employees")
                        .authenticated()
                        // public operations only: PublicGraphQlConfiguration refuses every other field there
                        .requestMatchers(PublicGraphQlConfiguration.PATH)
                        .permitAll()
                        // an issued document's download: the short-lived random link is the authorisation
                        // (document/DocumentDownloads); the role checks ran when the document was issued
                        .requestMatchers(HttpMethod.GET, "/documents/*")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtConverter())))
                .addFilterBefore(new IdentityOutageFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ForeignAgencyHeaderFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new IntegrationRateLimitFilter(rateLimiter), ForeignAgencyHeaderFilter.class)
                .build();
    }
}
