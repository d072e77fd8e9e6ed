package id.meritasn.tenancy;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import static id.meritasn.jooq.platform.Tables.TENANT;

/**
 * The only door to a tenant's tables. jOOQ code is generated against the template schema {@code t_template}; the
 * context returned here renders it as {@code t_<key>}. The template schema never exists in a serving database, so a
 * query built on the plain context fails instead of silently reading some tenant.
 */
@Component
public class TenantDatabase {

    static final String TEMPLATE_SCHEMA = "t_template";

    private final DSLContext platform;
    private final ConcurrentMap<String, DSLContext> contexts = new ConcurrentHashMap<>();

    TenantDatabase(DSLContext platform) {
        this.platform = platform;
    }

    /**
     * Enters a tenant inside the caller's transaction: checks in the registry that it exists and is active, and sets
     * {@code search_path} for this transaction only (the pooled connection is unchanged afterwards). One round trip.
     *
     * @throws TenantNotFoundException  if no such tenant is registered
     * @throws TenantSuspendedException if the tenant is suspended
     */
    public DSLContext enter(TenantId tenant) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Tenant data is only reached inside a transaction (enter " + tenant + ")");
        }
        Record2<String, String> row = platform
                .select(TENANT.STATUS, DSL.field("set_config('search_path', {0}, true)", String.class, TENANT.SCHEMA_NAME))
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
     * The mapped context without the registry check; for provisioning, which creates the registry row itself.
     * Settings are copied: jOOQ's {@code with...} methods mutate, and a shared Settings object would remap every tenant.
     */
    DSLContext mapped(TenantId tenant) {
        return contexts.computeIfAbsent(tenant.key(), key -> DSL.using(platform.configuration().derive(
                SettingsTools.clone(platform.settings()).withRenderMapping(new RenderMapping().withSchemata(
                        new MappedSchema().withInput(TEMPLATE_SCHEMA).withOutput(tenant.schemaName()))))));
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
