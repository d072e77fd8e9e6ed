package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.Application;
import id.meritasn.shared.security.AgencySelection;
import id.meritasn.support.TestDatabase;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantProvisioningStep;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * The platform with the demo agencies on a fixed port against a real Keycloak (ops/keycloak/meritasn-realm.json):
 * one application context shared by every end-to-end test class (same configuration, so Spring caches it once).
 */
@SpringBootTest(
        classes = Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + KeycloakPlatformTest.APP_PORT, "meritasn.tenancy.seed-demo-agencies=true"})
@Import(KeycloakPlatformTest.LateFailure.class)
abstract class KeycloakPlatformTest {

    static final int APP_PORT = 18080;
    static final String APP = "http://localhost:" + APP_PORT;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        KeycloakTestServer.start();
        TestDatabase.Coordinates db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("meritasn.identity.issuer-uri", () -> KeycloakTestServer.ISSUER);
        registry.add(
                "meritasn.identity.keycloak-admin.server-url",
                () -> "http://127.0.0.1:" + KeycloakTestServer.HTTP_PORT);
        // notifications go to a real SMTP server the tests read (TestMailServer)
        int smtp = TestMailServer.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> String.valueOf(smtp));
        registry.add("meritasn.notification.base-url", () -> APP);
    }

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    /** A client-credentials token of a machine client of the realm. */
    String clientToken(String clientId, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(KeycloakTestServer.ISSUER + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asString();
    }

    HttpResponse<String> graphql(String token, @Nullable String agencyHeader, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(APP + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))));
        if (agencyHeader != null) {
            request.header(AgencySelection.HEADER, agencyHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fails provisioning of "gagal_" keys after the Keycloak organization step ran. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LateFailure {
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        TenantProvisioningStep failsAfterKeycloak() {
            return (Tenant tenant, DSLContext tenantDsl) -> {
                if (tenant.key().startsWith("gagal_")) {
                    throw new IllegalStateException("Injected failure after the Keycloak organization was created");
                }
            };
        }
    }
}
