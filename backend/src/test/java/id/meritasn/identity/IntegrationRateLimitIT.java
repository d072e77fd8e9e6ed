package id.meritasn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A government system's client-credentials client is held to its limit (test-limited-client: 3 per minute, see
 * PlatformTestProperties): the fourth request gets HTTP 429 with Retry-After and an error naming the limit, while a
 * person's token and another client go on.
 */
class IntegrationRateLimitIT extends PlatformIntegrationTest {

    @LocalServerPort
    int port;

    WebTestClient.ResponseSpec post(String token) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyValue(Map.of("query", "{ apiVersion }"))
                .exchange();
    }

    static String client(String clientId) {
        return Tokens.builder("service-account-" + clientId, "national-oversight")
                .claims(Map.of("azp", clientId))
                .mint();
    }

    @Test
    void the_request_over_a_client_s_limit_gets_429_with_retry_after_and_a_clear_message() {
        String limited = client("test-limited-client");
        for (int i = 0; i < 3; i++) {
            post(limited)
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals("X-RateLimit-Limit", "3;w=60")
                    .expectBody()
                    .jsonPath("$.data.apiVersion")
                    .exists();
        }

        post(limited)
                .expectStatus()
                .isEqualTo(429)
                // 3 per minute: a token every 20 s, less the time the three requests took
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        v -> assertThat(Integer.parseInt(v)).isBetween(1, 20))
                .expectBody()
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m)
                        .matches("Rate limit exceeded for client"
                                + " 'test-limited-client': at most 3 requests per minute\\. Retry after \\d+ s\\."))
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("TOO_MANY_REQUESTS")
                .jsonPath("$.errors[0].extensions.limitPerMinute")
                .isEqualTo(3);

        post(client("other-client")).expectStatus().isOk();
        String person = Tokens.forUser("bkn.pengawas", "national-oversight");
        for (int i = 0; i < 5; i++) {
            post(person).expectStatus().isOk().expectHeader().doesNotExist("X-RateLimit-Limit");
        }
    }
}
