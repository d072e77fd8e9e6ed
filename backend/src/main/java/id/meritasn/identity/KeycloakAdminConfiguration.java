package id.meritasn.identity;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakAdminProperties.class)
@ConditionalOnProperty(name = "meritasn.identity.keycloak-admin.enabled", havingValue = "true")
class KeycloakAdminConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(KeycloakAdminProperties properties) {
        return KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .build();
    }

    /** Last of the provisioning steps: the outside effect comes after everything that can fail inside PostgreSQL. */
    @Bean
    @Order(Integer.MAX_VALUE)
    KeycloakOrganizationStep keycloakOrganizationStep(Keycloak keycloak, KeycloakAdminProperties properties) {
        return new KeycloakOrganizationStep(keycloak, properties.realm());
    }
}
