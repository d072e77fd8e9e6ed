package id.meritasn.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A durable PostgreSQL 17 of its own (as {@code ops/run} starts it) that a test can kill with SIGKILL, postmaster and
 * backends together, and start again on the same data directory, so PostgreSQL goes through crash recovery.
 */
public final class CrashablePostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Path logFile;
    private List<String> command = List.of();
    private Path current;

    private CrashablePostgres(EmbeddedPostgres postgres, Path dataDir, Path logFile) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.current = dataDir;
        this.logFile = logFile;
    }

    public static CrashablePostgres start(Path dataDir) {
        return start(dataDir, java.util.Map.of());
    }

    /** With more server settings, such as WAL archiving for a backup drill. */
    public static CrashablePostgres start(Path dataDir, java.util.Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "50");
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            return new CrashablePostgres(postgres, dataDir, Files.createTempFile("meritasn-crash-pg", ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** kill -9 of the postmaster and of every backend, the way an out-of-memory killer or a power cut ends it. */
    public void kill() {
        ProcessHandle postmaster = postmaster();
        command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // as the embedded library does: PostgreSQL refuses to run as root
        }
        command.add(postmaster.info().command().orElseThrow());
        command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(process -> process.onExit().join());
    }

    /** Starts the same server on the same data directory and port; returns once it accepts connections. */
    public void restart() {
        restartOn(dataDir);
    }

    /**
     * Starts the same server, with the same settings and port, on another data directory (a restored backup); returns
     * once it accepts connections, which after a recovery is when it has replayed what it had to.
     */
    public void restartOn(Path directory) {
        List<String> on = new ArrayList<>(command);
        on.set(on.indexOf("-D") + 1, directory.toString());
        current = directory;
        try {
            new ProcessBuilder(on)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (var ignored = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not come back; see " + logFile, notYet);
                }
                sleep(100);
            }
        }
    }

    /** The postmaster's pid is the first line of postmaster.pid in the data directory. */
    private ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(current.resolve("postmaster.pid"))
                    .getFirst()
                    .trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (!current.equals(dataDir)) {
            kill(); // a server on another directory (a restored backup): the embedded library knows only the first
            return;
        }
        postgres.close(); // pg_ctl stop on the data directory: stops the restarted server as well
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
