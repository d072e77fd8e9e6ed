package id.meritasn.national;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a generated data set lives: an external PostgreSQL when {@code MERITASN_JDBC_URL} (+ {@code _USER},
 * {@code _PASSWORD}) is set, otherwise an embedded PostgreSQL 17 of its own that outlives the run, in
 * {@code ~/.meritasn/scale-<scale>} on a fixed port (small 54341, agency 54342, national 54343), so the generator can
 * resume and the benchmarks find the data again. Tuned for bulk loads: bigger WAL between checkpoints and shared
 * buffers; fsync stays on.
 */
public final class ScaleDatabase {

    public record Coordinates(String url, String username, String password) {}

    /**
     * One server per scale and JVM: {@code ops/bench} with no argument runs graphql-load and then mobility-index in one
     * JVM on the same national data, and a second embedded server on the same data directory failed with
     * OverlappingFileLockException (the first still held it). Stopped at exit.
     */
    private static final Map<Scale, Coordinates> STARTED = new ConcurrentHashMap<>();

    private ScaleDatabase() {}

    public static Coordinates start(Scale scale) {
        String external = System.getenv("MERITASN_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return new Coordinates(external, env("MERITASN_JDBC_USER", "postgres"), env("MERITASN_JDBC_PASSWORD", ""));
        }
        return STARTED.computeIfAbsent(scale, ScaleDatabase::startEmbedded);
    }

    private static Coordinates startEmbedded(Scale scale) {
        Path dir = Path.of(System.getProperty("user.home"), ".meritasn", "scale-" + scale.key());
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(54341 + scale.ordinal())
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "2GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    // the mobility benchmark's lag: when each index entry became visible (pg_xact_commit_timestamp)
                    .setServerConfig("track_commit_timestamp", "on")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // stopping at exit; the data directory stays
                }
            }));
            System.out.println(
                    "PostgreSQL 17 for scale " + scale.key() + " on port " + postgres.getPort() + ", data in " + dir);
            return new Coordinates(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
