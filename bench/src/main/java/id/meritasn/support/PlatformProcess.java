package id.meritasn.support;

import id.meritasn.bench.ServeMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's API as a JVM of its own (ServeMain on this test classpath) over a given PostgreSQL, accepting tokens
 * minted by {@link Tokens}: for benchmarks that measure it from outside and for ops/faults, which kills it.
 */
public final class PlatformProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts it on {@code port} with the given heap, extra JVM arguments (before the main class) and Spring properties
     * (after it, {@code --name=value}); the log goes to {@code log}. Returns at once; see {@link #awaitServing()}.
     */
    public static PlatformProcess start(
            TestDatabase.Coordinates db, int port, String heap, List<String> jvmArgs, List<String> properties, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Dliquibase.analytics.enabled=false"));
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ServeMain.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password()));
        // tokens minted by the tests (Tokens) unless the caller names a real issuer (a Keycloak)
        if (properties.stream().noneMatch(p -> p.startsWith("--meritasn.identity.issuer-uri="))) {
            command.addAll(List.of(
                    "--meritasn.identity.issuer-uri=" + Tokens.ISSUER,
                    "--meritasn.identity.public-key-location=file:" + Tokens.publicKeyPem()));
        }
        if (properties.stream().noneMatch(p -> p.startsWith("--meritasn.identity.keycloak-admin.enabled="))) {
            command.add("--meritasn.identity.keycloak-admin.enabled=false");
        }
        command.addAll(properties);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new PlatformProcess(process, port, log);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI graphQl() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Waits until it answers HTTP at all (3 minutes at most), so a JVM that exited is reported with its log. */
    public void awaitServing() throws InterruptedException {
        awaitServing(graphQl(), process, log);
    }

    public static void awaitServing(URI url, Process process, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server at " + url + " exited; see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(url)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() > 0) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The server at " + url + " did not start within 3 minutes; see " + log);
    }

    /** kill -9: no shutdown hook, no graceful stop, as the out-of-memory killer or a lost machine ends it. */
    public void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
