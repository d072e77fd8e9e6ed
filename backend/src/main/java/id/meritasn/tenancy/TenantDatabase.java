package id.meritasn.tenancy;

import static id.meritasn.jooq.platform.Tables.TENANT;

import id.meritasn.shared.db.ShardRouting;
import id.meritasn.shared.db.Shards;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only door to a tenant's tables. It also routes the transaction to the agency's database shard (the registry's
 * {@code shard_id}): the first agency entered decides the server of a transaction that has not connected yet, and an
 * agency on another server than the one the transaction already works on is refused
 * ({@link id.meritasn.shared.db.CrossShardTransactionException}).
 *
 * <p> jOOQ code is generated against the template schema {@code t_template}; the
 * context returned here renders it as {@code t_<key>}. The template schema never exists in a serving database, so a
 * query built on the plain context fails instead of silently reading some tenant.
 */
@Component
public class TenantDatabase {

    static final String TEMPLATE_SCHEMA = "t_template";

    private final DSLContext platform;
    /** The registry read outside the caller's transaction, on the default server (where the platform schema is). */
    private final DSLContext registryDirect;

    private final ConcurrentMap<String, DSLContext> contexts = new ConcurrentHashMap<>();
    /** Tenant key to shard: fixed when the agency is provisioned (agencies do not move between servers). */
    private final ConcurrentMap<String, String> shardOfTenant = new ConcurrentHashMap<>();

    TenantDatabase(DSLContext platform, Shards shards) {
        this.platform = platform;
        this.registryDirect = DSL.using(shards.defaultDataSource(), platform.dialect());
    }

    /**
     * The shard an agency lives on (cached; one registry read on the default server the first time).
     *
     * @throws TenantNotFoundException if no such tenant is registered
     */
    public String shardOf(TenantId tenant) {
        String shard = shardOfTenant.get(tenant.key());
        if (shard == null) {
            shard = registryRow(tenant).value2();
        }
        return shard;
    }

    /** Provisioning knows the shard before the registry row is committed (steps enter the new agency). */
    void provisioning(TenantId tenant, String shard) {
        shardOfTenant.put(tenant.key(), shard);
    }

    /** Provisioning rolled back: the key may come back on another shard. */
    void forget(TenantId tenant) {
        shardOfTenant.remove(tenant.key());
    }

    /** Status, shard and schema of a registered tenant, read on the default server in a statement of its own. */
    private Record3<String, String, String> registryRow(TenantId tenant) {
        Record3<String, String, String> row = registryDirect
                .select(TENANT.STATUS, TENANT.SHARD_ID, TENANT.SCHEMA_NAME)
                .from(TENANT)
                .where(TENANT.KEY.eq(tenant.key()))
                .fetchOne();
        if (row == null) {
            throw new TenantNotFoundException(tenant.key());
        }
        shardOfTenant.putIfAbsent(tenant.key(), row.value2());
        return row;
    }

    /**
     * Enters a tenant inside the caller's transaction: checks in the registry that it exists and is active, and sets
     * {@code search_path} for this transaction only (the pooled connection is unchanged afterwards). One round trip.
     *
     * @throws TenantNotFoundException  if no such tenant is registered
     * @throws TenantSuspendedException if the tenant is suspended
     */
    /** {@link #enter(TenantId)} for an agency's key, as services receive it. */
    public DSLContext enter(String agency) {
        return enter(TenantId.of(agency));
    }

    public DSLContext enter(TenantId tenant) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Tenant data is only reached inside a transaction (enter " + tenant + ")");
        }
        String shard = shardOf(tenant);
        ShardRouting.Binding binding = ShardRouting.route(shard, "Agency '" + tenant.key() + "'");
        if (!Shards.DEFAULT.equals(shard)) {
            return enterOnShard(tenant, binding);
        }
        Record2<String, String> row = platform.select(
                        TENANT.STATUS,
                        DSL.field("set_config('search_path', {0}, true)", String.class, TENANT.SCHEMA_NAME))
                .from(TENANT)
                .where(TENANT.KEY.eq(tenant.key()))
                .fetchOne();
        if (row == null) {
            throw new TenantNotFoundException(tenant.key());
        }
        if (TenantStatus.fromDb(row.value1()) == TenantStatus.SUSPENDED) {
            throw new TenantSuspendedException(tenant.key());
        }
        tagLogs(tenant);
        return mapped(tenant);
    }

    /**
     * An agency on another server than the platform schema: its status is checked once per transaction on the default
     * server, and {@code search_path} is set on the transaction's connection to the agency's server.
     */
    private DSLContext enterOnShard(TenantId tenant, ShardRouting.Binding binding) {
        if (!binding.checkedTenants().contains(tenant.key())) {
            if (TenantStatus.fromDb(registryRow(tenant).value1()) == TenantStatus.SUSPENDED) {
                throw new TenantSuspendedException(tenant.key());
            }
            binding.checkedTenants().add(tenant.key());
        }
        platform.select(DSL.field("set_config('search_path', {0}, true)", String.class, DSL.val(tenant.schemaName())))
                .fetch();
        tagLogs(tenant);
        return mapped(tenant);
    }

    /**
     * The mapped context without the registry check; for provisioning, which creates the registry row itself.
     * Settings are copied: jOOQ's {@code with...} methods mutate, and a shared Settings object would remap every tenant.
     */
    DSLContext mapped(TenantId tenant) {
        return contexts.computeIfAbsent(
                tenant.key(),
                key -> DSL.using(platform.configuration()
                        .derive(SettingsTools.clone(platform.settings())
                                .withRenderMapping(new RenderMapping()
                                        .withSchemata(new MappedSchema()
                                                .withInput(TEMPLATE_SCHEMA)
                                                .withOutput(tenant.schemaName()))))));
    }

    /**
     * Log lines written during the transaction carry the tenant key (see logging.pattern in application.properties).
     * Only the first enter of a transaction remembers what to restore: later enters (nested service calls) must not
     * restore their predecessor's key after the transaction and leak it into unrelated log lines.
     */
    private static void tagLogs(TenantId tenant) {
        if (!TransactionSynchronizationManager.hasResource(LOG_TAG)) {
            String previous = MDC.get("tenant");
            TransactionSynchronizationManager.bindResource(LOG_TAG, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LOG_TAG);
                    if (previous == null) {
                        MDC.remove("tenant");
                    } else {
                        MDC.put("tenant", previous);
                    }
                }
            });
        }
        MDC.put("tenant", tenant.key());
    }

    /** Marks a transaction whose log tag is already managed. */
    private static final Object LOG_TAG = new Object();
}
