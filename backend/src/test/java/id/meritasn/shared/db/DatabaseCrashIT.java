package id.meritasn.shared.db;

import id.meritasn.TestApplication;
import id.meritasn.support.CrashablePostgres;
import id.meritasn.support.PlatformTestProperties;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of {@code ops/faults} case 1: PostgreSQL killed (SIGKILL) under a mixed load of GraphQL writes and
 * reads, then restarted. Every write the API acknowledged is still there; while the database was down every answer
 * was a classified outage (HTTP 503, Retry-After, UNAVAILABLE), never an internal error; the API serves again.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseCrashIT {

    static final CrashablePostgres postgres;

    static {
        try {
            postgres = CrashablePostgres.start(Files.createTempDirectory("meritasn-crash"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PlatformTestProperties.register(registry, new TestDatabase.Coordinates(postgres.jdbcUrl(), "postgres", "", "crash"));
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @LocalServerPort int port;
    @Autowired TenantProvisioningService provisioning;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_database_crash_under_load_loses_no_acknowledged_write_and_clients_are_told_to_retry() throws Exception {
        String agency = UniqueKeys.next("crash");
        SystemActor.callAsPlatform(() -> provisioning.provision(new ProvisionTenantCommand(agency, "Instansi " + agency,
                TenantKind.KOTA, "Bali", null, Map.of()), "test"));
        String token = Tokens.builder("admin." + agency, "tenant-admin")
                .claims(Map.of("organization", List.of(agency))).mint();

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger outageAnswers = new AtomicInteger();
        List<String> otherFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        for (int client = 0; client < 3; client++) {
            boolean writer = client < 2;
            load.submit(() -> {
                while (running.get()) {
                    String code = "W" + sequence.incrementAndGet();
                    String query = writer
                            ? "mutation { saveUnit(input: {code: \"" + code + "\", name: \"Unit " + code + "\"}) { unit { code } errors { message } } }"
                            : "{ unitTree { code } }";
                    Answer answer = post(token, query);
                    if (answer.status() == 200 && answer.body().path("errors").isMissingNode()) {
                        if (writer && code.equals(answer.body().path("data").path("saveUnit").path("unit").path("code").asString())) {
                            acknowledged.add(code);
                        }
                    } else if (answer.isClassifiedOutage()) {
                        outageAnswers.incrementAndGet();
                    } else {
                        otherFailures.add(answer.status() + " " + answer.body());
                    }
                }
                return null;
            });
        }

        waitUntil(() -> acknowledged.size() >= 40);
        postgres.kill();
        int acknowledgedBeforeCrash = acknowledged.size();
        waitUntil(() -> outageAnswers.get() >= 3);
        postgres.restart();
        waitUntil(() -> acknowledged.size() >= acknowledgedBeforeCrash + 20);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        System.out.printf("[DatabaseCrashIT] %d writes acknowledged (%d before the crash), %d classified outage answers%n",
                acknowledged.size(), acknowledgedBeforeCrash, outageAnswers.get());
        assertThat(otherFailures).as("answers during the outage that were not a classified 503").isEmpty();
        JsonNode stored = post(token, "{ unitTree { code } }").body().path("data").path("unitTree");
        Set<String> codes = new java.util.HashSet<>();
        stored.forEach(unit -> codes.add(unit.path("code").asString()));
        assertThat(codes).as("every acknowledged write after the crash and recovery").containsAll(acknowledged);
    }

    record Answer(int status, java.net.http.HttpHeaders headers, JsonNode body) {
        boolean isClassifiedOutage() {
            return status == 503 && headers.firstValue("Retry-After").isPresent()
                    && "UNAVAILABLE".equals(body.path("errors").path(0).path("extensions").path("classification").asString());
        }
    }

    Answer post(String token, String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query)))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), json.readTree(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 90 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
