package id.meritasn.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir  where the cluster lives; it survives restarts so demo data and provisioned agencies stay
 * @param port     fixed by default so that {@code psql} and Keycloak can find it; 0 picks a free port
 * @param database the database the platform uses inside the cluster (Keycloak may get its own beside it)
 */
@ConfigurationProperties("meritasn.db.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, int port, String database) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".meritasn", "pgdata");
        }
        if (database == null || database.isBlank()) {
            database = "meritasn";
        }
    }
}
