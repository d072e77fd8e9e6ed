package id.meritasn.tenancy;

import id.meritasn.shared.db.Shards;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the tenant changelog to one tenant schema on a connection whose transaction the caller owns.
 *
 * Liquibase commits after every changeset; here it gets a connection on which commit is a no-op, so schema creation,
 * every changeset and the registry row commit or roll back together (PostgreSQL DDL is transactional). Liquibase keeps
 * JVM-wide caches keyed in ways that have made other projects skip schemas silently, so runs are serialized and the
 * fast-check cache is cleared before each one; the 20-schema upgrade test guards this.
 */
class TenantSchemaMigrator {

    private static final ReentrantLock LIQUIBASE_IS_NOT_THREAD_SAFE = Shards.LIQUIBASE_LOCK;

    private final TenantChangelog changelog;
    private final ClassLoader classLoader;

    TenantSchemaMigrator(TenantChangelog changelog, ClassLoader classLoader) {
        this.changelog = changelog;
        this.classLoader = classLoader;
    }

    TenantChangelog changelog() {
        return changelog;
    }

    void migrate(Connection transactional, TenantId tenant) {
        LIQUIBASE_IS_NOT_THREAD_SAFE.lock();
        try (Statement statement = transactional.createStatement()) {
            // Transaction-scoped: unqualified names in changesets resolve to this tenant only, and nothing leaks to
            // the pooled connection afterwards.
            statement.execute("SET LOCAL search_path TO " + tenant.schemaName());
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(nonCommitting(transactional)));
            database.setDefaultSchemaName(tenant.schemaName());
            database.setLiquibaseSchemaName(tenant.schemaName());
            Scope.child(
                    Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader)), () -> {
                        Scope.getCurrentScope()
                                .getSingleton(FastCheckService.class)
                                .clearCache();
                        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog.path())
                                .execute();
                    });
        } catch (Exception e) {
            throw new TenantMigrationException(tenant, e);
        } finally {
            LIQUIBASE_IS_NOT_THREAD_SAFE.unlock();
        }
    }

    /**
     * The caller's transaction decides. Liquibase's units of work become savepoints inside it: its commit moves the
     * savepoint forward, its rollback (it probes for its tables and rolls back on "relation does not exist") returns to
     * the last savepoint, which keeps CREATE SCHEMA and the earlier changesets. Autocommit switches and close calls are
     * ignored. A failed changeset still throws, and the caller's transaction rolls back everything.
     */
    private static Connection nonCommitting(Connection target) throws SQLException {
        Savepoint[] unitOfWork = {target.setSavepoint()};
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "commit" -> {
                        target.releaseSavepoint(unitOfWork[0]);
                        unitOfWork[0] = target.setSavepoint();
                        yield null;
                    }
                    case "rollback" -> {
                        target.rollback(unitOfWork[0]);
                        yield null;
                    }
                    case "close", "setAutoCommit" -> null;
                    case "getAutoCommit" -> false;
                    default -> {
                        try {
                            yield method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
