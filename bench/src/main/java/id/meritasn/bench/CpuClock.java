package id.meritasn.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by the PostgreSQL processes of the machine, for benchmarks on a shared host whose speed
 * moves through the day: the CPU seconds a run needs change far less than its wall time, and they say which side the
 * time went to. PostgreSQL's share is read from /proc (Linux only; elsewhere it reads zero): its live processes plus
 * the children the postmaster has reaped (parallel workers, closed connections).
 */
public record CpuClock(long jvmNanos, long postgresNanos) {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    public static CpuClock now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuClock(os.getProcessCpuTime(), postgresTicks() * NANOS_PER_TICK);
    }

    /** CPU seconds used since {@code before}, as "JVM x s + PostgreSQL y s". */
    public String since(CpuClock before) {
        return String.format(
                java.util.Locale.ROOT,
                "JVM %.1f s + PostgreSQL %.1f s",
                (jvmNanos - before.jvmNanos) / 1e9,
                (postgresNanos - before.postgresNanos) / 1e9);
    }

    public double jvmSeconds(CpuClock before) {
        return (jvmNanos - before.jvmNanos) / 1e9;
    }

    public double postgresSeconds(CpuClock before) {
        return (postgresNanos - before.postgresNanos) / 1e9;
    }

    private static long postgresTicks() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(proc)) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuClock::postgresTicksOf)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long postgresTicksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // "pid (comm) state ...": the command may hold spaces, so fields are counted after its closing parenthesis
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            // utime, stime, and cutime, cstime: the postmaster's reaped children (ended backends, parallel workers)
            return Long.parseLong(fields[11])
                    + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended while being read
        }
    }
}
