package id.meritasn.identity;

import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** HTTP-level access to /graphql and the operational endpoints: 401 for any token that is not valid. */
class ApiSecurityIT extends PlatformIntegrationTest {

    @LocalServerPort
    int port;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    WebTestClient.ResponseSpec post(String token, String query) {
        var request = client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.bodyValue(Map.of("query", query)).exchange();
    }

    static Stream<String> invalidTokens() {
        return Stream.of(
                "not-a-jwt",
                Tokens.builder("x", "platform-admin")
                        .expiresAt(Instant.now().minusSeconds(120))
                        .mint(),
                Tokens.builder("x", "platform-admin").signedByAnotherKey().mint(),
                Tokens.builder("x", "platform-admin")
                        .issuer("https://evil.example/realms/meritasn")
                        .mint(),
                Tokens.builder("x", "platform-admin").audience("another-api").mint());
    }

    @Test
    void no_token_gets_401() {
        post(null, "{ apiVersion }").expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @MethodSource("invalidTokens")
    void expired_wrongly_signed_foreign_issuer_or_audience_tokens_get_401(String token) {
        post(token, "{ tenants(first: 1) { edges { node { key } } } }")
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .exists(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    void a_valid_token_is_accepted() {
        post(Tokens.forUser("pegawai", "employee"), "{ apiVersion }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.apiVersion")
                .isEqualTo("2026-11");
    }

    @Test
    void introspection_is_off_outside_the_dev_profile() {
        post(Tokens.forUser("pegawai", "employee"), "{ __schema { types { name } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.__schema")
                .doesNotExist()
                .jsonPath("$.errors[0].message")
                .value(m ->
                        org.assertj.core.api.Assertions.assertThat((String) m).containsIgnoringCase("introspection"));
    }

    @Test
    void a_query_over_the_complexity_limit_is_refused_before_it_runs() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 1001; i++) {
            query.append(" a").append(i).append(": apiVersion");
        }
        post(Tokens.forUser("pegawai", "employee"), query.append(" }").toString())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data")
                .doesNotExist()
                .jsonPath("$.errors[0].message")
                .value(m -> org.assertj.core.api.Assertions.assertThat((String) m)
                        .contains("maximum query complexity exceeded 1001 > 1000"));
    }

    @Test
    void a_variable_text_or_list_over_its_limit_is_refused_naming_it_before_anything_runs() {
        String token = Tokens.forUser("pegawai", "employee");
        String query = "query($level: String) { eligibilityRules(level: $level) { condition } }";
        client().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyValue(Map.of("query", query, "variables", Map.of("level", "x".repeat(10_485_760))))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data")
                .doesNotExist()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.path")
                .isEqualTo("$level")
                .jsonPath("$.errors[0].extensions.limit")
                .isEqualTo(10_000)
                .jsonPath("$.errors[0].message")
                .value(m -> org.assertj.core.api.Assertions.assertThat((String) m)
                        .contains("$level is 10485760 characters; the limit is 10000"));
        // at the limit it runs
        client().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyValue(Map.of("query", query, "variables", Map.of("level", "x".repeat(10_000))))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors")
                .doesNotExist()
                .jsonPath("$.data.eligibilityRules")
                .isEmpty();
        String save = "mutation($c: [LegalConditionInput!]!) { saveEligibilityRules(input: {targetLevel: \"PENGAWAS\","
                + " effectiveFrom: \"2040-01-01\", legalSource: \"uji batas\", conditions: $c}) { errors { rule } } }";
        var conditions = java.util.Collections.nCopies(1001, Map.of("condition", "AGE", "maxAge", 50));
        client().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forUser("pusat", "platform-admin"))
                .bodyValue(Map.of("query", save, "variables", Map.of("c", conditions)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.path")
                .isEqualTo("$c")
                .jsonPath("$.errors[0].message")
                .value(m -> org.assertj.core.api.Assertions.assertThat((String) m)
                        .contains("has 1001 items; the limit is 1000"));
        post(token, "{ apiVersion " + " ".repeat(20_001) + "}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.path")
                .isEqualTo("document");
    }

    @Test
    void a_request_body_over_one_document_and_one_file_is_refused_before_it_is_read() {
        long limit = 20_000L + 28_000_000 + 65_536;
        String query = "query($level: String) { eligibilityRules(level: $level) { condition } }";
        client().post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forUser("pegawai", "employee"))
                .bodyValue(Map.of("query", query, "variables", Map.of("level", "x".repeat((int) limit))))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.errors[0].extensions.path")
                .isEqualTo("body")
                .jsonPath("$.errors[0].extensions.limit")
                .isEqualTo(limit)
                .jsonPath("$.errors[0].message")
                .value(m ->
                        org.assertj.core.api.Assertions.assertThat((String) m).contains("the limit is " + limit));
    }

    @Test
    void health_probes_and_metrics_are_open_everything_else_operational_is_denied() {
        client().get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        client().get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk();
        client().get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("hikaricp_connections")
                        .contains("jvm_memory_used_bytes"));
        client().get()
                .uri("/actuator/env")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forUser("root", "platform-admin"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
