package id.meritasn.tenancy;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.SystemActor;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ops/agency export KEY FILE} and {@code ops/agency restore FILE}: the platform starts, does the one archive
 * operation as the platform itself, prints what it did and exits (1 when the restore was refused).
 */
@Component
@ConditionalOnProperty("meritasn.archive.command")
class AgencyArchiveCommand implements ApplicationRunner {

    private final AgencyArchive archive;
    private final AgencyRestore restore;
    private final ApplicationContext context;
    private final String command;
    private final String agency;
    private final Path file;

    AgencyArchiveCommand(
            AgencyArchive archive,
            AgencyRestore restore,
            ApplicationContext context,
            @Value("${meritasn.archive.command}") String command,
            @Value("${meritasn.archive.agency:}") String agency,
            @Value("${meritasn.archive.file}") Path file) {
        this.archive = archive;
        this.restore = restore;
        this.context = context;
        this.command = command;
        this.agency = agency;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        int exit = switch (command) {
            case "export" -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    var manifest = SystemActor.callAsPlatform(() -> archive.export(agency, out, "ops/agency"));
                    System.out.printf(
                            "Exported agency %s (schema version %s, %d files) to %s (%d bytes)%n",
                            manifest.key(),
                            manifest.schemaVersion(),
                            manifest.entries().size(),
                            file,
                            Files.size(file));
                }
                yield 0;
            }
            case "restore" -> {
                try (InputStream in = Files.newInputStream(file)) {
                    var outcome = SystemActor.callAsPlatform(() -> restore.restore(in, "ops/agency"));
                    System.out.println(
                            switch (outcome) {
                                case Outcome.Done<Tenant, ProvisioningProblem> restored ->
                                    "Restored agency " + restored.value().key() + " from " + file;
                                case Outcome.Refused<Tenant, ProvisioningProblem> refused ->
                                    "Not restored, nothing was written: " + refused.problems();
                            });
                    yield outcome.isDone() ? 0 : 1;
                }
            }
            default ->
                throw new IllegalArgumentException("meritasn.archive.command is export or restore, not " + command);
        };
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
