package id.meritasn.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Role checks on service methods ({@code @PreAuthorize}) hold in every kind of process: the web application, and the
 * one-off jobs (schema upgrade, benchmarks) that run without a web server and act as {@code SystemActor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {}
