/**
 * Identity: the GraphQL API as a stateless JWT resource server for Keycloak access tokens, and the mapping of Keycloak
 * realm roles to platform roles. Deny by default: every service method states who may call it.
 */
@NullMarked
package id.meritasn.identity;

import org.jspecify.annotations.NullMarked;
