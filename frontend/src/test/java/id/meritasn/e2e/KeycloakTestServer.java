package id.meritasn.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A real Keycloak for the end-to-end tests, started once per test JVM from the same script and realm file as
 * {@code ops/run} (ops/bin/keycloak.sh run-ephemeral: in-memory store, realm imported fresh), on ports of its own.
 */
final class KeycloakTestServer {

    static final int HTTP_PORT = 18180;
    static final int MANAGEMENT_PORT = 18190;
    static final String ISSUER = "http://127.0.0.1:" + HTTP_PORT + "/realms/meritasn";

    private static Process process;

    private KeycloakTestServer() {}

    static synchronized void start() {
        if (process != null) {
            return;
        }
        try {
            File log = new File("target/keycloak-e2e.log");
            ProcessBuilder builder = new ProcessBuilder("bash", "../ops/bin/keycloak.sh", "run-ephemeral")
                    .redirectErrorStream(true)
                    .redirectOutput(log);
            builder.environment().put("KC_HTTP_PORT", String.valueOf(HTTP_PORT));
            builder.environment().put("KC_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakTestServer::stop));
            waitUntilReady(log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Keycloak for the end-to-end tests", e);
        }
    }

    private static void waitUntilReady(File log) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during startup; see " + log.getAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak was not ready within 4 minutes; see " + log.getAbsolutePath());
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static synchronized void stop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.descendants().forEach(p -> p.onExit().join());
            process.onExit().join();
            process = null;
        }
    }
}
