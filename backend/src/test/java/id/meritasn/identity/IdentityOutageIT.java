package id.meritasn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.TestApplication;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform started while its identity provider cannot be reached (issuer on a closed port): a bearer token cannot
 * be verified, and the API says so as an outage (503, Retry-After, UNAVAILABLE), not as a server error.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityOutageIT {

    @DynamicPropertySource
    static void unreachableIssuer(DynamicPropertyRegistry registry) {
        TestDatabase.Coordinates db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("meritasn.identity.issuer-uri", () -> "http://127.0.0.1:9/realms/meritasn");
        registry.add("meritasn.identity.keycloak-admin.enabled", () -> "false");
        registry.add("meritasn.mobility.indexer-enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Test
    void a_token_that_cannot_be_verified_for_want_of_the_issuer_is_an_outage_to_retry() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .header("Authorization", "Bearer " + Tokens.forUser("someone", "tenant-admin"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { name } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("\"classification\":\"UNAVAILABLE\"", "Keycloak");
    }
}
