package id.meritasn.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param issuerUri         the Keycloak realm issuer; tokens must carry exactly this {@code iss}
 * @param audience          the audience every access token must name ({@code aud}); Keycloak adds it with a mapper
 * @param publicKeyLocation verify signatures with this RSA public key instead of the issuer's JWKS (tests only)
 * @param uiClientId        the public OIDC client the browser UI logs in with
 */
@ConfigurationProperties("meritasn.identity")
record IdentityProperties(
        String issuerUri, String audience, @Nullable Resource publicKeyLocation, String uiClientId) {

    IdentityProperties {
        if (audience == null || audience.isBlank()) {
            audience = "meritasn-api";
        }
        if (uiClientId == null || uiClientId.isBlank()) {
            uiClientId = "meritasn-ui";
        }
    }
}
