package id.meritasn.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.meritasn.identity.LoginOutageFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The browser side: login through Keycloak (OIDC code flow with PKCE, set up by the identity feature), a session cookie
 * protected by Vaadin's CSRF handling, and logout through Keycloak. Each Hilla endpoint and view declares who may use
 * it (deny by default). /graphql and /actuator have their own stateless chain (ApiSecurityConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    static final String LOGIN = "/oauth2/authorization/keycloak";

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(
            HttpSecurity http,
            OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers,
            @Value("${meritasn.identity.issuer-uri}") String issuer)
            throws Exception {
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(keycloakUsers)));
        // a clear page instead of the browser's error when Keycloak is down (not a bean: only this chain runs it)
        http.addFilterBefore(new LoginOutageFilter(issuer), OAuth2AuthorizationRequestRedirectFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN, "{baseUrl}"))
                .build();
    }
}
