package id.meritasn.tenancy;

import static id.meritasn.jooq.platform.Tables.TENANT;

import id.meritasn.jooq.platform.tables.records.TenantRecord;
import id.meritasn.shared.db.CrossShardTransactionException;
import id.meritasn.shared.db.ShardRouting;
import id.meritasn.shared.db.Shards;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The tenant registry in schema {@code platform}; used only from the tenancy services' transactions. */
@Repository
class TenantRegistryRepository {

    private final DSLContext transactional;
    private final DSLContext direct;

    TenantRegistryRepository(DSLContext dsl, Shards shards) {
        this.transactional = dsl;
        this.direct = DSL.using(shards.defaultDataSource(), dsl.dialect());
    }

    /**
     * The registry is on the default server. A transaction that works on an agency on another server reads it in
     * statements of their own there (it changes rarely; the agency's status was checked when it was entered).
     */
    private DSLContext dsl() {
        return ShardRouting.onOtherThanDefault() ? direct : transactional;
    }

    private static void requirePlatformTransaction(String what) {
        if (ShardRouting.onOtherThanDefault()) {
            throw new CrossShardTransactionException(
                    "The platform registry (" + what + ")", Shards.DEFAULT, ShardRouting.currentShard());
        }
    }

    Optional<Tenant> find(String key) {
        return dsl().selectFrom(TENANT).where(TENANT.KEY.eq(key)).fetchOptional(TenantRegistryRepository::toTenant);
    }

    boolean exists(String key) {
        return dsl().fetchExists(TENANT, TENANT.KEY.eq(key));
    }

    /** Keyset page ordered by key: {@code after} is the last key of the previous page. */
    List<Tenant> page(@Nullable String after, int limit, @Nullable TenantStatus status) {
        Condition condition = DSL.noCondition();
        if (after != null) {
            condition = condition.and(TENANT.KEY.gt(after));
        }
        if (status != null) {
            condition = condition.and(TENANT.STATUS.eq(status.dbValue()));
        }
        return dsl().selectFrom(TENANT)
                .where(condition)
                .orderBy(TENANT.KEY)
                .limit(limit)
                .fetch(TenantRegistryRepository::toTenant);
    }

    void insert(TenantId id, ProvisionTenantCommand command, String schemaVersion) {
        requirePlatformTransaction("registering agency '" + id.key() + "'");
        dsl().insertInto(TENANT)
                .set(TENANT.KEY, id.key())
                .set(TENANT.DISPLAY_NAME, command.displayName())
                .set(TENANT.KIND, command.kind().dbValue())
                .set(TENANT.REGION, command.region())
                .set(TENANT.PARENT_KEY, command.parentKey())
                .set(TENANT.SCHEMA_NAME, id.schemaName())
                .set(TENANT.SCHEMA_VERSION, schemaVersion)
                .set(TENANT.SHARD_ID, command.shardOrDefault())
                .execute();
    }

    /** Changes the status only if it differs; returns whether a row changed. */
    boolean changeStatus(String key, TenantStatus status) {
        requirePlatformTransaction("changing the status of '" + key + "'");
        return dsl().update(TENANT)
                        .set(TENANT.STATUS, status.dbValue())
                        .set(TENANT.STATUS_CHANGED_AT, DSL.currentOffsetDateTime())
                        .where(TENANT.KEY.eq(key).and(TENANT.STATUS.ne(status.dbValue())))
                        .execute()
                == 1;
    }

    /** The keys whose schema is not at {@code version}: the whole no-op upgrade check is this one indexed query. */
    List<String> keysNotAtVersion(String version, @Nullable Collection<String> onlyKeys) {
        Condition condition = TENANT.SCHEMA_VERSION.ne(version);
        if (onlyKeys != null) {
            condition = condition.and(TENANT.KEY.in(onlyKeys));
        }
        return dsl().select(TENANT.KEY)
                .from(TENANT)
                .where(condition)
                .orderBy(TENANT.KEY)
                .fetch(TENANT.KEY);
    }

    /** Locks the tenant's row for the rest of the transaction and returns its current schema version. */
    Optional<String> lockVersion(String key) {
        requirePlatformTransaction("locking '" + key + "'");
        return dsl().select(TENANT.SCHEMA_VERSION)
                .from(TENANT)
                .where(TENANT.KEY.eq(key))
                .forUpdate()
                .fetchOptional(TENANT.SCHEMA_VERSION);
    }

    void setVersion(String key, String version) {
        requirePlatformTransaction("versioning '" + key + "'");
        dsl().update(TENANT)
                .set(TENANT.SCHEMA_VERSION, version)
                .where(TENANT.KEY.eq(key))
                .execute();
    }

    List<AgencySummary> activeSummaries() {
        return dsl().select(TENANT.KEY, TENANT.DISPLAY_NAME, TENANT.KIND, TENANT.REGION)
                .from(TENANT)
                .where(TENANT.STATUS.eq(TenantStatus.ACTIVE.dbValue()))
                .orderBy(TENANT.DISPLAY_NAME)
                .fetch(r -> new AgencySummary(r.value1(), r.value2(), TenantKind.fromDb(r.value3()), r.value4()));
    }

    int count() {
        return dsl().fetchCount(TENANT);
    }

    static Tenant toTenant(TenantRecord r) {
        return new Tenant(
                r.getKey(),
                r.getDisplayName(),
                TenantKind.fromDb(r.getKind()),
                r.getRegion(),
                r.getParentKey(),
                TenantStatus.fromDb(r.getStatus()),
                r.getSchemaName(),
                r.getSchemaVersion(),
                r.getShardId(),
                r.getCreatedAt());
    }
}
