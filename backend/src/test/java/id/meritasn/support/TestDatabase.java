package id.meritasn.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests run on, one per test JVM:
 * <ol>
 *   <li>an external server when {@code MERITASN_TEST_JDBC_URL} (+ {@code _USER}, {@code _PASSWORD}) is set;</li>
 *   <li>a Testcontainers PostgreSQL 17 when a Docker engine answers;</li>
 *   <li>otherwise an embedded PostgreSQL 17 (zonky binaries) in a fresh temporary directory.</li>
 * </ol>
 */
public final class TestDatabase {

    public record Coordinates(String url, String username, String password, String kind) {}

    private static Coordinates coordinates;

    private TestDatabase() {}

    public static synchronized Coordinates get() {
        if (coordinates == null) {
            coordinates = start();
            System.out.println("[TestDatabase] using " + coordinates.kind() + " PostgreSQL at " + coordinates.url());
        }
        return coordinates;
    }

    private static Coordinates start() {
        String external = System.getenv("MERITASN_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return new Coordinates(
                    external,
                    env("MERITASN_TEST_JDBC_USER", "postgres"),
                    env("MERITASN_TEST_JDBC_PASSWORD", ""),
                    "external");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Coordinates(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            Path dir = Files.createTempDirectory("meritasn-test-pg");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    // Tests do not need durability; benchmarks pass -Dmeritasn.test.pg.fsync=on for realistic figures.
                    .setServerConfig("fsync", System.getProperty("meritasn.test.pg.fsync", "off"));
            // Benchmarks size the server like a production one (-Dmeritasn.test.pg.settings=shared_buffers=1GB,...).
            for (String setting :
                    System.getProperty("meritasn.test.pg.settings", "").split(",")) {
                if (setting.contains("=")) {
                    builder.setServerConfig(
                            setting.substring(0, setting.indexOf('=')).trim(),
                            setting.substring(setting.indexOf('=') + 1).trim());
                }
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temp directory goes with the machine
                }
            }));
            return new Coordinates(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
        }
    }

    /** Asks Testcontainers only when an engine could be there: its full probe takes ~20 s on machines without one. */
    private static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
