package id.meritasn.faults;

import id.meritasn.support.CrashablePostgres;
import id.meritasn.support.MixedLoad;
import id.meritasn.support.PlatformProcess;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What every fault case stands on: a durable PostgreSQL of its own that can be killed, platform processes over it
 * that can be killed, and GraphQL calls with minted tokens. Everything it started stops on close.
 */
final class FaultWorld implements AutoCloseable {

    final Path work;
    final CrashablePostgres postgres;
    final TestDatabase.Coordinates db;
    private final List<PlatformProcess> platforms = new ArrayList<>();

    FaultWorld(String name) throws IOException {
        work = Files.createTempDirectory("meritasn-faults-" + name);
        postgres = CrashablePostgres.start(work.resolve("pgdata"));
        db = new TestDatabase.Coordinates(postgres.jdbcUrl(), "postgres", "", "faults");
    }

    /** A platform JVM on a free port, serving; its log is in the world's directory. */
    PlatformProcess platform(String name) throws IOException, InterruptedException {
        return platform(name, PlatformProcess.freePort());
    }

    PlatformProcess platform(String name, int port) throws IOException, InterruptedException {
        return platform(name, port, false);
    }

    /** With the mobility indexer's passes on or off (off unless a case needs the national index). */
    PlatformProcess platform(String name, int port, boolean indexer) throws IOException, InterruptedException {
        return platform(name, port, indexer, List.of());
    }

    /** With more Spring properties ({@code --name=value}), such as a real issuer of tokens. */
    PlatformProcess platform(String name, int port, boolean indexer, List<String> more)
            throws IOException, InterruptedException {
        List<String> properties = new ArrayList<>(List.of(
                "--spring.datasource.hikari.connection-timeout=2000",
                "--logging.level.root=WARN",
                "--meritasn.mobility.indexer-enabled=" + indexer,
                // small committed chunks, so a kill can fall between two of them
                "--meritasn.mobility.commit-chunk=500",
                "--meritasn.assessment.compute-chunk=1000",
                // an accepted request whose transfer a kill cut short is retried soon after the restart
                "--meritasn.mobility.transfer-retry-after=2s"));
        properties.addAll(more);
        PlatformProcess platform =
                PlatformProcess.start(db, port, "512m", List.of(), properties, work.resolve(name + ".log"));
        platforms.add(platform);
        platform.awaitServing();
        return platform;
    }

    static String platformToken() {
        return Tokens.builder("faults.platform", "platform-admin")
                .expiresAt(Instant.now().plus(Duration.ofHours(2)))
                .mint();
    }

    static String adminToken(String agency) {
        return Tokens.builder("admin." + agency, "tenant-admin")
                .claims(Map.of("organization", List.of(agency)))
                .expiresAt(Instant.now().plus(Duration.ofHours(2)))
                .mint();
    }

    static JsonNode call(URI graphQl, String token, String query) throws IOException {
        return call(graphQl, token, query, Map.of());
    }

    static JsonNode call(URI graphQl, String token, String query, Map<String, Object> variables) throws IOException {
        MixedLoad.Answer answer = MixedLoad.post(graphQl, token, query, variables);
        if (answer.status() != 200 || !answer.body().path("errors").isMissingNode()) {
            String body = answer.body().toString();
            throw new IllegalStateException(
                    query + " -> " + answer.status() + " " + body.substring(0, Math.min(body.length(), 500)));
        }
        return answer.body().path("data");
    }

    static void provision(URI graphQl, String agency) throws IOException {
        JsonNode payload = call(
                        graphQl,
                        platformToken(),
                        "mutation { provisionTenant(input: {key: \"" + agency + "\", displayName: \"Instansi " + agency
                                + "\", kind: KOTA, region: \"Bali\"}) { tenant { key } errors { __typename } } }")
                .path("provisionTenant");
        if (!payload.path("errors").isEmpty()) {
            throw new IllegalStateException("provisioning " + agency + " refused: " + payload);
        }
    }

    /**
     * The rows of a table as one hash, without identities, columns ending in _id, timestamps and the given columns
     * (which differ between any two runs or agencies): equal fingerprints mean equal data.
     */
    String fingerprint(String schema, String table, String where, Set<String> without) throws SQLException {
        try (Connection connection = jdbc()) {
            List<String> columns = new ArrayList<>();
            try (var statement = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = ? AND table_name = ? AND column_name <> 'id' AND column_name NOT LIKE"
                    + " '%\\_id' AND data_type NOT LIKE 'timestamp%' ORDER BY column_name")) {
                statement.setString(1, schema);
                statement.setString(2, table);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (!without.contains(rows.getString(1))) {
                            columns.add('"' + rows.getString(1) + '"');
                        }
                    }
                }
            }
            try (var rows = connection
                    .createStatement()
                    .executeQuery("SELECT count(*) || ':' || coalesce(md5("
                            + "string_agg(t::text, '|' ORDER BY t::text)), '') FROM (SELECT "
                            + String.join(", ", columns)
                            + " FROM " + schema + "." + table + " WHERE " + where + ") t")) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The first column of the first row of a query (a count, a flag). */
    long number(String sql) throws SQLException {
        try (Connection connection = jdbc();
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = jdbc()) {
            connection.createStatement().execute(sql);
        }
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    /** The unit codes stored for an agency, read straight from its schema. */
    Set<String> unitCodes(String agency) throws SQLException {
        return unitCodes(db, agency);
    }

    static Set<String> unitCodes(TestDatabase.Coordinates db, String agency) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                var rows = connection.createStatement().executeQuery("SELECT code FROM t_" + agency + ".unit_kerja")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    @Override
    public void close() throws Exception {
        platforms.forEach(PlatformProcess::close);
        postgres.close();
    }
}
