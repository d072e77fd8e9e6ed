package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.shared.db.CrossShardTransactionException;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two PostgreSQL servers: the test database (default shard "primary", with the platform schema) and a second embedded
 * PostgreSQL 17 started here, configured as shard "kedua". One agency is provisioned on each; every check reads the
 * servers directly, not through the platform.
 */
class ShardRoutingIT extends PlatformIntegrationTest {

    static final String SECOND = "kedua";
    static final EmbeddedPostgres secondServer = startSecondServer();

    static EmbeddedPostgres startSecondServer() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("meritasn-shard-kedua"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the second PostgreSQL server", e);
        }
    }

    @DynamicPropertySource
    static void secondShard(DynamicPropertyRegistry registry) {
        registry.add("meritasn.shards." + SECOND + ".url", () -> secondServer.getJdbcUrl("postgres", "postgres"));
        registry.add("meritasn.shards." + SECOND + ".username", () -> "postgres");
        registry.add("meritasn.shards." + SECOND + ".password", () -> "");
        registry.add("meritasn.shards." + SECOND + ".pool-size", () -> "4");
    }

    /**
     * The registry is shared with the other test classes' contexts, which do not know shard "kedua": its agencies leave
     * the registry when this class is done (and any left by an interrupted run, whose second server is gone, first).
     */
    @org.junit.jupiter.api.BeforeAll
    @org.junit.jupiter.api.AfterAll
    static void noAgenciesOnTheSecondServerRemainRegistered() throws SQLException {
        TestDatabase.Coordinates db = TestDatabase.get();
        try (var connection = DriverManager.getConnection(db.url(), db.username(), db.password());
                var statement = connection.createStatement()) {
            if (connection
                    .getMetaData()
                    .getTables(null, "platform", "tenant", null)
                    .next()) {
                statement.execute("DELETE FROM platform.tenant WHERE shard_id = '" + SECOND + "'");
            }
        }
    }

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantDatabase tenants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TenantRegistryRepository registry;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    id.meritasn.audit.AuditLog audit;

    @Autowired
    id.meritasn.shared.db.ShardTransactions shardTransactions;

    /** Straight to each server, bypassing the platform. */
    JdbcTemplate primaryServer;

    JdbcTemplate kedua;
    String onPrimary;
    String onKedua;

    static final String PROVISION = """
            mutation($input: ProvisionTenantInput!) {
              provisionTenant(input: $input) {
                tenant { key shardId schemaVersion }
                errors { __typename ... on UserError { message } ... on ShardNotFound { shard } }
              }
            }""";

    static final String CREATE = """
            mutation($input: EmployeeInput!) {
              createEmployee(input: $input) { employee { nip } errors { __typename ... on UserError { message } } }
            }""";

    static final String LIST = "{ employees(first: 50) { edges { node { nip name } } } }";

    @BeforeEach
    void oneAgencyOnEachServer() throws SQLException {
        TestDatabase.Coordinates db = TestDatabase.get();
        primaryServer = new JdbcTemplate(new SingleConnectionDataSource(
                DriverManager.getConnection(db.url(), db.username(), db.password()), true));
        kedua = new JdbcTemplate(new SingleConnectionDataSource(
                DriverManager.getConnection(secondServer.getJdbcUrl("postgres", "postgres"), "postgres", ""), true));
        onPrimary = UniqueKeys.next("utama");
        onKedua = UniqueKeys.next("kedua");
        provision(onPrimary, null)
                .path("provisionTenant.tenant.shardId")
                .entity(String.class)
                .isEqualTo("primary");
        provision(onKedua, SECOND)
                .path("provisionTenant.tenant.shardId")
                .entity(String.class)
                .isEqualTo(SECOND)
                .path("provisionTenant.errors")
                .entityList(Object.class)
                .hasSize(0);
        for (String agency : List.of(onPrimary, onKedua)) {
            admin(agency)
                    .document(
                            "mutation { saveUnit(input: {code: \"SETDA\", name: \"Sekretariat Daerah\"}) { unit { code } } }")
                    .execute()
                    .path("saveUnit.unit.code")
                    .entity(String.class)
                    .isEqualTo("SETDA");
        }
    }

    HttpGraphQlTester platformAdmin() {
        return graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forUser("platform.admin", "platform-admin"))
                .build();
    }

    HttpGraphQlTester admin(String agency) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder(agency + ".admin", "tenant-admin")
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();
    }

    HttpGraphQlTester.Response provision(String key, String shard) {
        var input = new java.util.HashMap<String, Object>(
                Map.of("key", key, "displayName", "Instansi " + key, "kind", "KOTA", "region", "Kalimantan Tengah"));
        if (shard != null) {
            input.put("shard", shard);
        }
        return platformAdmin().document(PROVISION).variable("input", input).execute();
    }

    static Map<String, Object> employee(String nip, String name) {
        return Map.of("nip", nip, "name", name, "golongan", "III/a", "golonganTmt", "2020-04-01", "unitCode", "SETDA");
    }

    static boolean hasSchema(JdbcTemplate server, String schema) {
        return Boolean.TRUE.equals(server.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", Boolean.class, schema));
    }

    @Test
    void each_agency_lives_on_its_own_server_and_its_reads_and_writes_go_there() {
        assertThat(hasSchema(primaryServer, "t_" + onPrimary)).isTrue();
        assertThat(hasSchema(kedua, "t_" + onPrimary)).isFalse();
        assertThat(hasSchema(kedua, "t_" + onKedua)).isTrue();
        assertThat(hasSchema(primaryServer, "t_" + onKedua)).isFalse();
        // the registry and the audit trail stay on the default server; the second one only has the reference tables
        assertThat(primaryServer.queryForObject(
                        "SELECT shard_id FROM platform.tenant WHERE key = ?", String.class, onKedua))
                .isEqualTo(SECOND);
        assertThat(primaryServer.queryForList(
                        "SELECT action FROM platform.audit_event WHERE tenant_key = ?", String.class, onKedua))
                .containsExactly("tenant.provisioned");
        assertThat(kedua.queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'platform'",
                        String.class))
                .doesNotContain("tenant", "audit_event", "mobility_index")
                .contains("golongan");
        // every tenant changeset ran on the agency's own server
        assertThat(kedua.queryForObject("SELECT count(*) FROM t_" + onKedua + ".databasechangelog", Integer.class))
                .isEqualTo(primaryServer.queryForObject(
                        "SELECT count(*) FROM t_" + onPrimary + ".databasechangelog", Integer.class));

        admin(onPrimary)
                .document(CREATE)
                .variable("input", employee("198001152005031001", "Pegawai Utama"))
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo("198001152005031001");
        admin(onKedua)
                .document(CREATE)
                .variable("input", employee("198102202006042002", "Pegawai Kedua"))
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo("198102202006042002");

        assertThat(primaryServer.queryForList("SELECT name FROM t_" + onPrimary + ".employee", String.class))
                .containsExactly("Pegawai Utama");
        assertThat(kedua.queryForList("SELECT name FROM t_" + onKedua + ".employee", String.class))
                .containsExactly("Pegawai Kedua");
        assertThat(kedua.queryForList("SELECT action FROM t_" + onKedua + ".employee_audit", String.class))
                .containsExactly("employee.created");
        // a write on the second server changed nothing on the first
        assertThat(primaryServer.queryForObject("SELECT count(*) FROM t_" + onPrimary + ".employee", Integer.class))
                .isEqualTo(1);

        assertThat(admin(onPrimary)
                        .document(LIST)
                        .execute()
                        .path("employees.edges[*].node.name")
                        .entityList(String.class)
                        .get())
                .containsExactly("Pegawai Utama");
        assertThat(admin(onKedua)
                        .document(LIST)
                        .execute()
                        .path("employees.edges[*].node.name")
                        .entityList(String.class)
                        .get())
                .containsExactly("Pegawai Kedua");
        // a change made directly on the second server is what the platform reads for that agency, and only for it
        kedua.update("UPDATE t_" + onKedua + ".employee SET name = 'Diubah di Server Kedua'");
        assertThat(admin(onKedua)
                        .document(LIST)
                        .execute()
                        .path("employees.edges[*].node.name")
                        .entityList(String.class)
                        .get())
                .containsExactly("Diubah di Server Kedua");
        assertThat(admin(onPrimary)
                        .document(LIST)
                        .execute()
                        .path("employees.edges[*].node.name")
                        .entityList(String.class)
                        .get())
                .containsExactly("Pegawai Utama");
    }

    @Test
    void the_agency_on_the_second_server_keeps_its_policies_audit_and_suspension_working() {
        admin(onKedua)
                .document("""
                mutation { setAgencyPolicy(input: {name: "succession.slateSize", valueJson: "4", reason: "uji"}) {
                  agency { key policies { name valueJson } } errors { __typename } } }""")
                .execute()
                .path("setAgencyPolicy.agency.key")
                .entity(String.class)
                .isEqualTo(onKedua);
        assertThat(kedua.queryForObject(
                        "SELECT value::text FROM t_" + onKedua + ".tenant_policy WHERE name = ?",
                        String.class,
                        "succession.slateSize"))
                .isEqualTo("4");
        // the platform audit entry of the agency's transaction is written on the default server after it commits
        assertThat(primaryServer.queryForList(
                        "SELECT action FROM platform.audit_event WHERE tenant_key = ?", String.class, onKedua))
                .containsExactly("tenant.provisioned", "agency.policy-set");

        // taking part in mobility needs the platform schema in the agency's transaction: refused with the reason
        admin(onKedua)
                .document("""
                mutation { setAgencyPolicy(input: {name: "mobility.participates", valueJson: "true", reason: "uji"}) {
                  agency { key } errors { __typename } } }""")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("database shard '" + SECOND + "'")));
        assertThat(kedua.queryForObject(
                        "SELECT count(*) FROM t_" + onKedua + ".tenant_policy WHERE name = ?",
                        Integer.class,
                        "mobility.participates"))
                .isZero();

        platformAdmin()
                .document(
                        "mutation($key: ID!) { suspendTenant(input: {key: $key, reason: \"uji\"}) { tenant { status } } }")
                .variable("key", onKedua)
                .execute()
                .path("suspendTenant.tenant.status")
                .entity(String.class)
                .isEqualTo("SUSPENDED");
        admin(onKedua)
                .document(LIST)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("suspended")));
    }

    @Test
    void one_transaction_cannot_reach_agencies_on_two_servers() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> SystemActor.callForAgency(onPrimary, () -> {
                    tenants.enter(TenantId.of(onPrimary)).fetch("SELECT count(*) FROM employee");
                    return tenants.enter(TenantId.of(onKedua));
                })))
                .isInstanceOf(CrossShardTransactionException.class)
                .hasMessageContaining("'" + onKedua + "'")
                .hasMessageContaining("'" + SECOND + "'")
                .hasMessageContaining("'primary'");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
                    tenants.enter(TenantId.of(onKedua)).fetch("SELECT count(*) FROM employee");
                    tenants.enter(TenantId.of(onPrimary));
                }))
                .isInstanceOf(CrossShardTransactionException.class)
                .hasMessageContaining("'" + onPrimary + "'");
        // same server, two schemas: still one transaction
        String otherOnKedua = UniqueKeys.next("kedua");
        provision(otherOnKedua, SECOND)
                .path("provisionTenant.tenant.shardId")
                .entity(String.class)
                .isEqualTo(SECOND);
        Integer units = transactions.execute(s -> {
            tenants.enter(TenantId.of(onKedua)).fetch("SELECT 1");
            return tenants.enter(TenantId.of(otherOnKedua))
                    .fetchSingle("SELECT count(*) FROM unit_kerja")
                    .get(0, Integer.class);
        });
        assertThat(units).isZero();
    }

    @Test
    void a_failed_provisioning_on_the_second_server_leaves_nothing_on_either_server() {
        String key = id.meritasn.support.FaultInjectingProvisioningStep.FAILING_PREFIX + UniqueKeys.next("k");

        provision(key, SECOND);

        assertThat(primaryServer.queryForObject(
                        "SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, key))
                .isZero();
        assertThat(hasSchema(kedua, "t_" + key)).isFalse();
        assertThat(hasSchema(primaryServer, "t_" + key)).isFalse();
    }

    @Test
    void a_schema_upgrade_runs_the_new_changesets_on_the_agencys_own_server() {
        var upgrader = new TenantSchemaUpgradeService(
                registry,
                new TenantSchemaUpgradeIT.CountingMigrator("db/tenant-changelog-next.yaml"),
                transactions,
                dataSource,
                audit,
                tenants,
                shardTransactions);

        var report = SystemActor.callAsPlatform(() -> upgrader.upgrade(List.of(onPrimary, onKedua), "operator"));

        assertThat(report.failed()).isEmpty();
        assertThat(report.upgraded()).containsExactlyInAnyOrder(onPrimary, onKedua);
        assertThat(kedua.queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                        String.class,
                        "t_" + onKedua))
                .contains("upgrade_probe");
        assertThat(primaryServer.queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                        String.class,
                        "t_" + onPrimary))
                .contains("upgrade_probe");
        assertThat(primaryServer.queryForObject(
                        "SELECT schema_version FROM platform.tenant WHERE key = ?", String.class, onKedua))
                .isEqualTo(report.targetVersion());
    }

    @Test
    void an_unknown_shard_is_refused_at_provisioning_and_nothing_is_created() {
        String key = UniqueKeys.next("salah");

        provision(key, "tidak_ada")
                .path("provisionTenant.tenant")
                .valueIsNull()
                .path("provisionTenant.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("ShardNotFound")
                .path("provisionTenant.errors[0].shard")
                .entity(String.class)
                .isEqualTo("tidak_ada")
                .path("provisionTenant.errors[0].message")
                .entity(String.class)
                .satisfies(message -> assertThat(message)
                        .contains("'tidak_ada'")
                        .contains("primary")
                        .contains(SECOND));

        assertThat(primaryServer.queryForObject(
                        "SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, key))
                .isZero();
        assertThat(hasSchema(primaryServer, "t_" + key)).isFalse();
        assertThat(hasSchema(kedua, "t_" + key)).isFalse();
    }
}
