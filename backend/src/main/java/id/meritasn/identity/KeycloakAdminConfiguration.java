package id.meritasn.identity;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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

    /**
     * Late among the provisioning steps: the outside effect comes after the steps that can fail inside PostgreSQL.
     * Not the very last, so a test can put a failing step after it and watch the organization be compensated.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    KeycloakOrganizationStep keycloakOrganizationStep(Keycloak keycloak, KeycloakAdminProperties properties) {
        return new KeycloakOrganizationStep(keycloak, properties.realm());
    }

    @Bean
    KeycloakAgencyMembership keycloakAgencyMembership(Keycloak keycloak, KeycloakAdminProperties properties) {
        return new KeycloakAgencyMembership(keycloak, properties.realm());
    }

    @Bean
    KeycloakNotificationRecipients keycloakNotificationRecipients(
            Keycloak keycloak, KeycloakAdminProperties properties) {
        return new KeycloakNotificationRecipients(keycloak, properties.realm());
    }
}
