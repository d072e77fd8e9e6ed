package id.meritasn.faults;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fault suite, run on demand by {@code ops/faults [case...]} (never by the test suite, which has the short
 * DatabaseCrashIT): each case causes a fault under load, counts the acknowledged writes it checked and lost, and
 * writes one row of ops/results/faults-<date>.md. Exits non-zero when a case fails.
 */
public final class FaultMain {

    static final Map<String, Supplier<FaultCase>> CASES = Map.of(
            "postgres-kill", PostgresKillCase::new,
            "platform-kill", PlatformKillCase::new,
            "two-instances", TwoInstancesCase::new,
            "backup-restore", BackupRestoreCase::new,
            "work-kill", WorkKillCase::new,
            "keycloak-stop", KeycloakStopCase::new);
    static final List<String> ORDER =
            List.of("postgres-kill", "platform-kill", "work-kill", "keycloak-stop", "two-instances", "backup-restore");

    private FaultMain() {}

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 ? ORDER : List.of(args);
        FaultReport report =
                new FaultReport(System.getProperty("meritasn.faults.command", "ops/faults " + String.join(" ", args)));
        for (String name : names) {
            Supplier<FaultCase> fault = CASES.get(name);
            if (fault == null) {
                throw new IllegalArgumentException("Unknown fault '" + name + "'; known: " + ORDER);
            }
            fault.get().run(report);
        }
        Path file = report.write(Path.of(System.getProperty("meritasn.faults.results", "ops/results")));
        System.out.println(report.render());
        System.out.println("Results written to " + file);
        System.exit(report.passed() ? 0 : 1);
    }
}
