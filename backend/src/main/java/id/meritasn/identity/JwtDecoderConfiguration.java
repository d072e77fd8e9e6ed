package id.meritasn.identity;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * One decoder for every token: signature (the issuer's JWKS, discovered lazily so the platform starts before Keycloak
 * is up, and kept through an outage of Keycloak), issuer, audience and expiry, each distinct token verified once ({@link CachingJwtDecoder}). Tests swap only
 * the key source, never the checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class JwtDecoderConfiguration {

    @Bean
    JwtDecoder jwtDecoder(IdentityProperties properties) {
        return new CachingJwtDecoder(verifyingDecoder(properties), 2_000, Duration.ofMinutes(5));
    }

    private static JwtDecoder verifyingDecoder(IdentityProperties properties) {
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(),
                new JwtIssuerValidator(properties.issuerUri()),
                new JwtClaimValidator<Collection<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience()))));
        if (properties.publicKeyLocation() != null) {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withPublicKey(readKey(properties)).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            // The issuer's key set is kept for as long as its keys match: tokens issued before Keycloak went down keep
            // verifying until they expire; a token signed with a key id not in the set fetches the set again.
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri())
                    .cache(new ConcurrentMapCache("meritasn-issuer-keys"))
                    .build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static RSAPublicKey readKey(IdentityProperties properties) {
        try (InputStream in =
                Objects.requireNonNull(properties.publicKeyLocation()).getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read meritasn.identity.public-key-location", e);
        }
    }
}
