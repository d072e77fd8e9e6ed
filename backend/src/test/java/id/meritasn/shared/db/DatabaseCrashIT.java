package id.meritasn.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.TestApplication;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.CrashablePostgres;
import id.meritasn.support.MixedLoad;
import id.meritasn.support.PlatformTestProperties;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PlatformTestProperties.register(
                registry, new TestDatabase.Coordinates(postgres.jdbcUrl(), "postgres", "", "crash"));
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
        // no scripted checkpoints hold the indexer in this context: its passes would meet the crash too
        registry.add("meritasn.mobility.indexer-enabled", () -> "false");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    TenantProvisioningService provisioning;

    @Test
    void a_database_crash_under_load_loses_no_acknowledged_write_and_clients_are_told_to_retry() throws Exception {
        String agency = UniqueKeys.next("crash");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        String token = Tokens.builder("admin." + agency, "tenant-admin")
                .claims(Map.of("organization", List.of(agency)))
                .mint();
        URI graphQl = URI.create("http://localhost:" + port + "/graphql");

        Set<String> acknowledged;
        MixedLoad load = MixedLoad.start(List.of(graphQl), token, 2, 1);
        try {
            MixedLoad.waitUntil(() -> load.acknowledged().size() >= 40, Duration.ofSeconds(90), "40 writes");
            postgres.kill();
            int beforeCrash = load.acknowledged().size();
            MixedLoad.waitUntil(() -> load.outageAnswers() >= 3, Duration.ofSeconds(90), "outage answers");
            postgres.restart();
            MixedLoad.waitUntil(
                    () -> load.acknowledged().size() >= beforeCrash + 20,
                    Duration.ofSeconds(90),
                    "writes after the restart");
        } finally {
            load.close();
        }
        acknowledged = load.acknowledged();

        assertThat(load.otherFailures())
                .as("answers that were neither served nor a classified 503")
                .isEmpty();
        assertThat(load.refusedConnections()).isZero();
        var stored = MixedLoad.post(graphQl, token, "{ unitTree { code } }")
                .body()
                .path("data")
                .path("unitTree");
        Set<String> codes = new HashSet<>();
        stored.forEach(unit -> codes.add(unit.path("code").asString()));
        assertThat(codes)
                .as("every acknowledged write after the crash and recovery")
                .containsAll(acknowledged);
    }
}
