package id.meritasn.faults;

import id.meritasn.support.MixedLoad;
import id.meritasn.support.PlatformProcess;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case 3: Keycloak stopped (SIGKILL) under a mixed GraphQL load whose token it issued, then started again (a fresh
 * realm, so new signing keys). Tokens issued before keep working (the platform kept the issuer's keys), nothing answers
 * 500, and tokens of the restarted Keycloak are accepted without restarting the platform. The sign-in page shown
 * meanwhile belongs to the UI, which this API-only process does not serve: KeycloakOutageEndToEndIT checks it in a
 * browser. The Keycloak is the one ops/run uses (ops/bin/keycloak.sh run-ephemeral), on ports of its
 * own; machine clients for the case are added to its realm through the admin API after each start.
 */
final class KeycloakStopCase implements FaultCase {

    static final int HTTP_PORT = 18380;
    static final int MANAGEMENT_PORT = 18390;
    static final String ISSUER = "http://127.0.0.1:" + HTTP_PORT + "/realms/meritasn";
    static final String AGENCY = "fault_kc";
    static final Duration DOWN = Duration.ofSeconds(15);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void run(FaultReport report) throws Exception {
        Process keycloak = startKeycloak();
        try (FaultWorld world = new FaultWorld("keycloak-stop")) {
            addClients();
            PlatformProcess platform = world.platform(
                    "platform",
                    PlatformProcess.freePort(),
                    false,
                    // the load is one machine client, far above what an integration may send; the limit is not the
                    // subject here
                    List.of(
                            "--meritasn.identity.issuer-uri=" + ISSUER,
                            "--meritasn.integration.rate-limit.enabled=false"));
            FaultWorld.call(
                    platform.graphQl(),
                    token("faults-platform"),
                    "mutation { provisionTenant(input: {key: \"" + AGENCY + "\", displayName: \"Instansi " + AGENCY
                            + "\", kind: KOTA, region: \"Bali\"}) { tenant { key } } }");
            MixedLoad load = MixedLoad.start(List.of(platform.graphQl()), token("faults-writer"), 4, 2);
            int acknowledgedBefore;
            int acknowledgedDuring;
            double resumedS;
            try {
                MixedLoad.waitUntil(() -> load.acknowledged().size() >= 200, Duration.ofMinutes(2), "200 writes");
                stop(keycloak);
                acknowledgedBefore = load.acknowledged().size();
                Thread.sleep(DOWN.toMillis());
                acknowledgedDuring = load.acknowledged().size() - acknowledgedBefore;
                keycloak = startKeycloak();
                addClients();
                long back = System.nanoTime();
                String fresh = token("faults-writer");
                MixedLoad.waitUntil(
                        () -> newTokenAccepted(platform, fresh),
                        Duration.ofMinutes(1),
                        "a token of the restarted Keycloak accepted");
                resumedS = (System.nanoTime() - back) / 1e9;
                // the test's Keycloak keeps no keys across a restart (in-memory realm), so tokens it signed before are
                // no longer its tokens; a production Keycloak keeps its keys in its database and they stay valid
                load.token(fresh);
                int after = load.acknowledged().size();
                MixedLoad.waitUntil(
                        () -> load.acknowledged().size() >= after + 100,
                        Duration.ofMinutes(1),
                        "writes after Keycloak returned");
            } catch (IllegalStateException stuck) {
                throw new IllegalStateException(
                        stuck.getMessage() + "; last answers: "
                                + load.otherFailures().reversed().stream()
                                        .limit(3)
                                        .toList(),
                        stuck);
            } finally {
                load.close();
            }
            Set<String> lost = new HashSet<>(load.acknowledged());
            lost.removeAll(world.unitCodes(AGENCY));
            report.row(
                    "Keycloak stopped (SIGKILL) for " + DOWN.toSeconds() + " s under mixed load, then started again"
                            + " with new keys",
                    load.acknowledged().size(),
                    lost.size(),
                    acknowledgedDuring + " writes acknowledged while it was down (token issued before), "
                            + load.outageAnswers() + " 503, "
                            + load.otherFailures().size() + " other errors (of "
                            + load.requests() + " requests); the UI's sign-in page: KeycloakOutageEndToEndIT",
                    String.format(
                            Locale.ROOT,
                            "a token of the restarted Keycloak accepted %.2f s after it was ready,"
                                    + " without restarting the platform",
                            resumedS),
                    lost.isEmpty()
                            && load.otherFailures().isEmpty()
                            && load.outageAnswers() == 0
                            && acknowledgedDuring > 0);
            load.otherFailures().stream().limit(5).forEach(f -> report.note("Keycloak stop, unexpected answer: " + f));
        } finally {
            stop(keycloak);
        }
    }

    private boolean newTokenAccepted(PlatformProcess platform, String token) {
        try {
            MixedLoad.Answer answer = MixedLoad.post(platform.graphQl(), token, "{ myAgency { key } }");
            return answer.status() == 200 && answer.body().path("errors").isMissingNode();
        } catch (Exception notYet) {
            return false;
        }
    }

    private static Process startKeycloak() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "ops/bin/keycloak.sh", "run-ephemeral")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("backend/target/keycloak-faults.log")));
        builder.environment().put("KC_HTTP_PORT", String.valueOf(HTTP_PORT));
        builder.environment().put("KC_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        MixedLoad.waitUntil(
                () -> {
                    try {
                        return http.send(
                                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT
                                                                + "/health/ready"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (Exception notYet) {
                        return false;
                    }
                },
                Duration.ofMinutes(4),
                "Keycloak ready");
        return process;
    }

    /** SIGKILL to the script and the Keycloak JVM under it. */
    private static void stop(Process keycloak) throws InterruptedException {
        keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
        keycloak.destroyForcibly();
        keycloak.waitFor();
    }

    /** A platform admin client and a tenant admin client of the agency, each with a service account. */
    private static void addClients() {
        try (Keycloak admin = KeycloakBuilder.builder()
                .serverUrl("http://127.0.0.1:" + HTTP_PORT)
                .realm("master")
                .clientId("admin-cli")
                .username("admin")
                .password("admin")
                .build()) {
            RealmResource realm = admin.realm("meritasn");
            client(realm, "faults-platform", "platform-admin", null);
            client(realm, "faults-writer", "tenant-admin", AGENCY);
        }
    }

    private static void client(RealmResource realm, String id, String role, String agency) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(id);
        client.setSecret(id + "-secret");
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setDefaultClientScopes(List.of("roles", "basic"));
        ProtocolMapperRepresentation audience = mapper(
                "audience",
                "oidc-audience-mapper",
                Map.of("included.custom.audience", "meritasn-api", "access.token.claim", "true"));
        client.setProtocolMappers(
                agency == null
                        ? List.of(audience)
                        : List.of(
                                audience,
                                mapper(
                                        "organization",
                                        "oidc-hardcoded-claim-mapper",
                                        Map.of(
                                                "claim.name",
                                                "organization",
                                                "claim.value",
                                                "[\"" + agency + "\"]",
                                                "jsonType.label",
                                                "JSON",
                                                "access.token.claim",
                                                "true"))));
        realm.clients().create(client).close();
        String uuid = realm.clients().findByClientId(id).getFirst().getId();
        String user = realm.clients().get(uuid).getServiceAccountUser().getId();
        realm.users()
                .get(user)
                .roles()
                .realmLevel()
                .add(List.of(realm.roles().get(role).toRepresentation()));
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(config);
        return mapper;
    }

    private String token(String client) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + client + "&client_secret="
                + URLEncoder.encode(client + "-secret", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "No token for " + client + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).get("access_token").asString();
    }
}
