package id.meritasn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class CachingJwtDecoderTest {

    final List<String> verified = new ArrayList<>();
    Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

    /** Stands in for signature and claim checks: records each token it is asked to verify. */
    final JwtDecoder verifier = token -> {
        verified.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("user-" + token)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
                .expiresAt(expiresAt)
                .claims(c -> c.putAll(Map.of("azp", "x")))
                .build();
    };

    final CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, 100, Duration.ofMinutes(5));

    @Test
    void a_token_is_verified_once_and_its_claims_reused_while_distinct_tokens_are_verified_each() {
        assertThat(decoder.decode("a").getSubject()).isEqualTo("user-a");
        assertThat(decoder.decode("a").getSubject()).isEqualTo("user-a");
        assertThat(decoder.decode("b").getSubject()).isEqualTo("user-b");

        assertThat(verified).containsExactly("a", "b");
    }

    @Test
    void a_refused_token_is_not_remembered() {
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verified).containsExactly("forged", "forged");
    }

    @Test
    void a_remembered_token_past_its_expiry_is_refused_and_forgotten() {
        // verified while it was valid, then its expiry (plus the validator's 60 s allowance) passes
        expiresAt = Instant.now().minus(Duration.ofMinutes(2));
        decoder.decode("old");

        assertThatThrownBy(() -> decoder.decode("old")).isInstanceOf(JwtValidationException.class);
        decoder.decode("old");
        assertThat(verified).containsExactly("old", "old");
    }
}
