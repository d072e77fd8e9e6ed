package id.meritasn.bench;

import id.meritasn.TestApplication;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.TestDatabase;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import id.meritasn.tenancy.TenantSchemaUpgradeService;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 2's tenancy figures: provisioning one tenant (p50 over the first 50, on a fresh database) and the no-op upgrade
 * check over 600 registered tenants. Peers: the per-tenant time Liquibase-based multi-tenant systems report (12 s at
 * best), and, measured in the same run, the common approach of running Liquibase update on every schema at startup.
 */
class TenancyBenchmark implements Benchmark {

    static final int TENANTS = Integer.getInteger("meritasn.bench.tenants", 600);
    static final int SAMPLE = 50;

    @Override
    public void run(BenchmarkReport report) throws Exception {
        TestDatabase.Coordinates db = TestDatabase.get();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--logging.level.root=WARN",
                        "--meritasn.identity.issuer-uri=http://127.0.0.1:1/unused",
                        "--meritasn.identity.keycloak-admin.enabled=false")) {
            TenantProvisioningService provisioning = context.getBean(TenantProvisioningService.class);
            TenantSchemaUpgradeService upgrades = context.getBean(TenantSchemaUpgradeService.class);

            double[] millis = new double[TENANTS];
            for (int i = 0; i < TENANTS; i++) {
                String key = String.format("bench_%04d", i);
                String name = "Instansi Uji " + i;
                long start = System.nanoTime();
                var outcome = SystemActor.callAsPlatform(() -> provisioning.provision(
                        new ProvisionTenantCommand(
                                key, name, TenantKind.KABUPATEN, "Uji", null, Map.of("succession.slateSize", 3)),
                        "bench"));
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (!outcome.isDone()) {
                    throw new IllegalStateException("Provisioning " + key + " was refused: " + outcome);
                }
                if ((i + 1) % 100 == 0) {
                    System.out.printf("provisioned %d/%d tenants%n", i + 1, TENANTS);
                }
            }
            double[] first = Arrays.copyOf(millis, SAMPLE);
            report.againstLimit(
                    "provision one tenant, p50 of the first " + SAMPLE,
                    BenchmarkReport.percentile(first, 50),
                    "ms",
                    500);
            report.againstLimit(
                    "provision one tenant, p90 of the first " + SAMPLE,
                    BenchmarkReport.percentile(first, 90),
                    "ms",
                    500);
            report.againstLimit(
                    "provision one tenant, p50 of all " + TENANTS, BenchmarkReport.percentile(millis, 50), "ms", 500);
            report.againstPeer(
                    "provision one tenant, p50 of the first " + SAMPLE,
                    BenchmarkReport.percentile(first, 50),
                    "ms",
                    "reported Liquibase-based systems (best case 12 s)",
                    12_000);

            List<Double> checks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                var result = SystemActor.callAsPlatform(() -> upgrades.upgrade(null, "bench"));
                checks.add((System.nanoTime() - start) / 1e6);
                if (!result.upgraded().isEmpty() || result.tenantsChecked() < TENANTS) {
                    throw new IllegalStateException("No-op check did work or missed tenants: " + result);
                }
            }
            double ourCheck = BenchmarkReport.percentile(
                    checks.stream().mapToDouble(Double::doubleValue).toArray(), 50);
            report.againstLimit("no-op upgrade check over " + TENANTS + " tenants (median of 5)", ourCheck, "ms", 5000);

            double naive = liquibaseUpdateEverySchema(context.getBean(DataSource.class));
            report.againstPeer(
                    "no-op upgrade check over " + TENANTS + " tenants (median of 5)",
                    ourCheck,
                    "ms",
                    "Liquibase update on every schema, same run",
                    naive);
            report.note(
                    "Provisioning is one PostgreSQL transaction: CREATE SCHEMA, Liquibase update (its commits turned"
                            + " into savepoints), registry row, policies, audit entry. Tenant changelog: "
                            + "changesets as of this commit; later features add tables, so re-run this after each issue.");
            report.note("The database is a fresh embedded PostgreSQL 17 with fsync on, on the same machine.");
        }
    }

    /** The peer: what Liquibase-based multi-tenant systems do at startup, an update per schema even when current. */
    private static double liquibaseUpdateEverySchema(DataSource dataSource) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < TENANTS; i++) {
            String schema = String.format("t_bench_%04d", i);
            try (Connection connection = dataSource.getConnection()) {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
                Scope.child(
                        Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor()),
                        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/tenant-changelog.yaml")
                                .execute());
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
