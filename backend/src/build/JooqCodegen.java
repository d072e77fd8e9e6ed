import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

/**
 * Build-time jOOQ code generation from a real PostgreSQL (run by exec-maven-plugin in generate-sources).
 *
 * Starts a throw-away embedded PostgreSQL 17, applies the platform changelog and the tenant changelog into the
 * template schema t_template, and generates jOOQ classes for both. At run time each tenant's Configuration maps
 * t_template to t_<key>; the template schema never exists in a serving database, so a query that forgets the
 * mapping fails instead of reading another tenant. Skips itself when no changelog changed since the last run.
 *
 * Arguments: resources directory, output directory, scratch directory for the database.
 */
public class JooqCodegen {

    static final String PACKAGE = "id.meritasn.jooq";

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        String fingerprint = fingerprint(resources);
        Path stamp = output.resolve(".changelog-fingerprint");
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[jooq-codegen] changelogs unchanged, generated classes are current");
            return;
        }
        System.setProperty("liquibase.analytics.enabled", "false");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(scratch)
                        .setCleanDataDirectory(true)
                        .start();
                Connection connection = pg.getPostgresDatabase().getConnection()) {
            migrate(connection, resources, "db/platform-changelog.yaml", "public");
            connection.createStatement().execute("CREATE SCHEMA t_template");
            migrate(connection, resources, "db/tenant-changelog.yaml", "t_template");
            deleteTree(output);
            generate(pg.getJdbcUrl("postgres", "postgres"), output);
        }
        Files.writeString(stamp, fingerprint);
        System.out.println("[jooq-codegen] generated " + PACKAGE + " into " + output);
    }

    static void migrate(Connection connection, Path resources, String changelog, String schema) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(resources)), () -> {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute();
        });
    }

    static void generate(String url, Path output) throws Exception {
        GenerationTool.generate(new Configuration()
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(url)
                        .withUser("postgres")
                        .withPassword("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new org.jooq.meta.jaxb.Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withSchemata(
                                        new SchemaMappingType().withInputSchema("platform"),
                                        new SchemaMappingType().withInputSchema("t_template"))
                                .withExcludes("databasechangelog|databasechangeloglock"))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withFluentSetters(true))
                        .withTarget(new Target().withPackageName(PACKAGE).withDirectory(output.toString()))));
    }

    /** Hash of every changelog file, so the generator runs only when the database shape may have changed. */
    static String fingerprint(Path resources) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".sql") || f.toString().endsWith("changelog.yaml"))
                    .sorted()
                    .toList()) {
                digest.update(resources.relativize(file).toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
