package id.meritasn.faults;

import id.meritasn.support.CrashablePostgres;
import id.meritasn.support.MixedLoad;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The restore drill of the platform-wide backup (docs/operations.md): PostgreSQL archives every WAL segment, a base
 * backup is taken with the low-level API while writes go on, more writes follow, the server is lost (SIGKILL, data
 * directory abandoned), and a new server is started from the base backup replaying the WAL archive. Every write
 * acknowledged before the last archived segment must be there.
 */
final class BackupRestoreCase implements FaultCase {

    @Override
    public void run(FaultReport report) throws Exception {
        Path work = Files.createTempDirectory("meritasn-faults-backup");
        Path archive = Files.createDirectories(work.resolve("wal-archive"));
        CrashablePostgres postgres = CrashablePostgres.start(
                work.resolve("pgdata"),
                Map.of(
                        "wal_level",
                        "replica",
                        "archive_mode",
                        "on",
                        // pg_ctl hands the settings to postgres through a shell: the command is quoted to stay one
                        // value
                        "archive_command",
                        "'cp %p " + archive + "/%f'"));
        TestDatabase.Coordinates db = new TestDatabase.Coordinates(postgres.jdbcUrl(), "postgres", "", "backup");
        PlatformProcess platform = PlatformProcess.start(
                db,
                PlatformProcess.freePort(),
                "512m",
                List.of(),
                List.of("--logging.level.root=WARN", "--meritasn.mobility.indexer-enabled=false"),
                work.resolve("platform.log"));
        try {
            platform.awaitServing();
            String agency = "fault_backup";
            FaultWorld.provision(platform.graphQl(), agency);
            Path backup = work.resolve("base-backup");
            Set<String> acknowledged;
            long restoreMillis;
            try (MixedLoad load = MixedLoad.start(List.of(platform.graphQl()), FaultWorld.adminToken(agency), 2, 1)) {
                MixedLoad.waitUntil(() -> load.acknowledged().size() >= 200, Duration.ofMinutes(2), "200 writes");
                baseBackup(db, work.resolve("pgdata"), backup);
                int atBackup = load.acknowledged().size();
                MixedLoad.waitUntil(
                        () -> load.acknowledged().size() >= atBackup + 200,
                        Duration.ofMinutes(2),
                        "200 writes after the base backup");
                load.close();
                acknowledged = load.acknowledged();
            }
            archiveCurrentSegment(db, archive);
            postgres.kill();
            platform.kill();

            Path restored = work.resolve("restored");
            copy(backup, restored);
            Files.writeString(restored.resolve("recovery.signal"), "");
            Files.writeString(
                    restored.resolve("postgresql.auto.conf"),
                    "restore_command = 'cp " + archive + "/%f %p'\n",
                    java.nio.file.StandardOpenOption.APPEND,
                    java.nio.file.StandardOpenOption.CREATE);
            long started = System.nanoTime();
            postgres.restartOn(restored);
            restoreMillis = (System.nanoTime() - started) / 1_000_000;
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(FaultWorld.unitCodes(db, agency));
            report.row(
                    "PostgreSQL server lost; a new one restored from a base backup taken under load (low-level"
                            + " API) and the WAL archive",
                    acknowledged.size(),
                    lost.size(),
                    "200 writes before the base backup, 200 during and after it; the last WAL segment archived"
                            + " (pg_switch_wal) before the loss",
                    "recovery replayed the archive and accepted connections " + restoreMillis + " ms after the start",
                    lost.isEmpty());
            report.note("Backup drill: what was written after the last archived WAL segment is not in the archive;"
                    + " in production archive_timeout (60 s) bounds that, and a synchronous standby removes it.");
        } finally {
            platform.close();
            postgres.close();
        }
    }

    /** pg_backup_start, a copy of the data directory while the server runs, pg_backup_stop's label into the copy. */
    private static void baseBackup(TestDatabase.Coordinates db, Path data, Path backup) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            connection.createStatement().execute("SELECT pg_backup_start('meritasn-drill', true)");
            copy(data, backup);
            try (var stop = connection
                    .createStatement()
                    .executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(backup.resolve("backup_label"), stop.getString(1));
                if (stop.getString(2) != null && !stop.getString(2).isEmpty()) {
                    Files.writeString(backup.resolve("tablespace_map"), stop.getString(2));
                }
            }
        }
    }

    /** Ends the current WAL segment and waits until archive_command has copied it. */
    private static void archiveCurrentSegment(TestDatabase.Coordinates db, Path archive) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                var switched = connection.createStatement().executeQuery("SELECT pg_walfile_name(pg_switch_wal())")) {
            switched.next();
            Path segment = archive.resolve(switched.getString(1));
            MixedLoad.waitUntil(() -> Files.exists(segment), Duration.ofMinutes(1), "segment " + segment + " archived");
        }
    }

    /** The data directory without what belongs to the running server (its pid file, its WAL: the archive has it). */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                String name = relative.toString();
                if (name.equals("postmaster.pid")
                        || name.equals("postmaster.opts")
                        || name.startsWith("pg_wal/")
                        || name.startsWith("epg-lock")) {
                    continue;
                }
                Path target = to.resolve(relative);
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (NoSuchFileException gone) {
                    // a temporary file the server removed while we copied: not part of the backup
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
}
