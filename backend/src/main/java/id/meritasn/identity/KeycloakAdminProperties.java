package id.meritasn.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The backend's own confidential client for the Keycloak Admin API (client credentials; its service account holds
 * realm-management manage-realm, which the organizations endpoints require).
 *
 * @param enabled provisioning creates the agency's Keycloak organization; off where no Keycloak runs (unit tests)
 */
@ConfigurationProperties("meritasn.identity.keycloak-admin")
record KeycloakAdminProperties(boolean enabled, String serverUrl, String realm, String clientId, String clientSecret) {}
