package id.meritasn.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Browser login through Keycloak: OIDC authorization code with PKCE for the public client {@code meritasn-ui}.
 * Endpoints are derived from the issuer instead of discovered, so the platform starts before Keycloak does; the end
 * session endpoint is declared so logout goes through Keycloak (RP-initiated logout).
 * Keycloak puts roles and organizations in the access token, not the ID token: the session's authorities come from the
 * access token, checked by the same decoder as API tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class KeycloakLoginConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(IdentityProperties properties) {
        String oidc = properties.issuerUri() + "/protocol/openid-connect";
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(properties.uiClientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE) // public client: Spring adds PKCE (S256)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                // organization:* asks for every organization the user belongs to: with the organization scope only
                // as the client's default, Keycloak leaves the claim out for a member of several
                .scope("openid", "profile", "email", "organization:*")
                .issuerUri(properties.issuerUri())
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(oidc + "/certs")
                .userInfoUri(oidc + "/userinfo")
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .build());
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> keycloakOidcUserService(JwtDecoder accessTokens) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Jwt accessToken = accessTokens.decode(request.getAccessToken().getTokenValue());
            List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            authorities.addAll(KeycloakClaims.authorities(accessToken));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }
}
