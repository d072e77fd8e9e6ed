package id.meritasn.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL servers agencies live on: the default shard {@value #DEFAULT} is the main datasource (it also holds
 * the platform schema), every other one is configured as {@code meritasn.shards.<name>.url/username/password/pool-size}
 * and gets its own Hikari pool, created when an agency on it is first reached. A new pool first brings its server's
 * shared part up to date ({@value #SHARD_CHANGELOG}: the national reference tables tenant tables refer to).
 */
public final class Shards implements AutoCloseable {

    /** The registry's default {@code shard_id}: the main datasource. */
    public static final String DEFAULT = "primary";

    static final String SHARD_CHANGELOG = "db/shard-changelog.yaml";

    /** Liquibase keeps JVM-wide state; every run in this JVM (shards and tenant schemas) takes this lock. */
    public static final ReentrantLock LIQUIBASE_LOCK = new ReentrantLock();

    private static final Logger log = LoggerFactory.getLogger(Shards.class);

    private final DataSource defaultDataSource;
    private final Map<String, ShardSettings> settings;
    private final ConcurrentMap<String, HikariDataSource> pools = new ConcurrentHashMap<>();

    Shards(DataSource defaultDataSource, Map<String, ShardSettings> settings) {
        this.defaultDataSource = defaultDataSource;
        this.settings = new TreeMap<>(settings);
        this.settings.forEach((name, shard) -> {
            if (DEFAULT.equals(name)) {
                throw new IllegalStateException("meritasn.shards." + DEFAULT
                        + " cannot be configured: the default shard" + " is the main datasource (spring.datasource.*)");
            }
            if (!name.matches("[a-z][a-z0-9_-]{0,39}")) {
                throw new IllegalStateException("Shard name '" + name + "' must be 1-40 lowercase letters, digits, '_'"
                        + " or '-', starting with a letter");
            }
            if (shard.url() == null || shard.url().isBlank()) {
                throw new IllegalStateException("meritasn.shards." + name + ".url is required");
            }
        });
    }

    public boolean isKnown(String shard) {
        return DEFAULT.equals(shard) || settings.containsKey(shard);
    }

    /** Every shard name, the default one included. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(settings.keySet());
        names.add(DEFAULT);
        return names;
    }

    /** The settings of a configured (non-default) shard. */
    public ShardSettings settings(String shard) {
        ShardSettings shardSettings = settings.get(shard);
        if (shardSettings == null) {
            throw new UnknownShardException(shard, names());
        }
        return shardSettings;
    }

    public DataSource defaultDataSource() {
        return defaultDataSource;
    }

    /**
     * The pool of a shard, created on first use.
     *
     * @throws UnknownShardException if no such shard is configured
     */
    public DataSource dataSource(String shard) {
        if (DEFAULT.equals(shard)) {
            return defaultDataSource;
        }
        ShardSettings shardSettings = settings.get(shard);
        if (shardSettings == null) {
            throw new UnknownShardException(shard, names());
        }
        HikariDataSource pool = pools.get(shard);
        return pool != null ? pool : pools.computeIfAbsent(shard, name -> open(name, shardSettings));
    }

    private static HikariDataSource open(String name, ShardSettings shard) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("shard-" + name);
        pool.setJdbcUrl(shard.url());
        pool.setUsername(shard.username());
        pool.setPassword(shard.password());
        pool.setMaximumPoolSize(shard.poolSize() == null ? 10 : shard.poolSize());
        pool.setConnectionTimeout(10_000);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        log.info("Database shard {} at {} is ready", name, shard.url());
        return pool;
    }

    /** The shared part every shard needs (reference tables), with Liquibase's own lock against other instances. */
    private static void migrate(DataSource pool) {
        LIQUIBASE_LOCK.lock();
        try (Connection connection = pool.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName("public");
            Scope.child(
                    Map.of(
                            Scope.Attr.resourceAccessor.name(),
                            new ClassLoaderResourceAccessor(Shards.class.getClassLoader())),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, SHARD_CHANGELOG)
                            .execute());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare database shard: " + e.getMessage(), e);
        } finally {
            LIQUIBASE_LOCK.unlock();
        }
    }

    /** Closes the shard pools and the default pool (the platform's DataSource bean closes through here). */
    @Override
    public void close() throws Exception {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
        if (defaultDataSource instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
