package id.meritasn.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints access tokens shaped like Keycloak's (realm roles under realm_access.roles, organization membership) with a key
 * pair made for this test JVM; the platform verifies them with the same decoder and validators as in production.
 */
public final class Tokens {

    public static final String ISSUER = "https://login.test.meritasn.id/realms/meritasn";
    public static final String AUDIENCE = "meritasn-api";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static Path publicKeyFile;

    private Tokens() {}

    /** A token for {@code username} with these realm roles (lowercase Keycloak names, e.g. "platform-admin"). */
    public static String forUser(String username, String... roles) {
        return builder(username, roles).mint();
    }

    public static Builder builder(String username, String... roles) {
        return new Builder(username, List.of(roles));
    }

    public static synchronized Path publicKeyPem() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("meritasn-test-jwt", ".pem");
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    public static final class Builder {
        private final String username;
        private final List<String> roles;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private KeyPair keys = KEYS;
        private Map<String, Object> extraClaims = Map.of();

        private Builder(String username, List<String> roles) {
            this.username = username;
            this.roles = roles;
        }

        public Builder issuer(String value) {
            issuer = value;
            return this;
        }

        public Builder audience(String value) {
            audience = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        public Builder signedByAnotherKey() {
            keys = OTHER_KEYS;
            return this;
        }

        public Builder claims(Map<String, Object> value) {
            extraClaims = value;
            return this;
        }

        public String mint() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .audience(audience)
                    .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(expiresAt))
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", roles));
            extraClaims.forEach(claims::claim);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
            try {
                jwt.sign(new RSASSASigner(keys.getPrivate()));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
