package id.meritasn.audit;

import static id.meritasn.jooq.platform.Tables.AUDIT_EVENT;

import id.meritasn.shared.db.Shards;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

@Repository
class AuditEventRepository {

    private final DSLContext dsl;
    private final DSLContext defaultServer;
    private final ObjectMapper json;

    AuditEventRepository(DSLContext dsl, ObjectMapper json, Shards shards) {
        this.dsl = dsl;
        this.defaultServer = DSL.using(shards.defaultDataSource(), dsl.dialect());
        this.json = json;
    }

    void insert(String actor, String action, @Nullable String tenantKey, Map<String, ?> detail) {
        insert(dsl, actor, action, tenantKey, detail);
    }

    /** In a statement of its own on the default server (after an agency's transaction on another shard committed). */
    void insertOnDefaultServer(String actor, String action, @Nullable String tenantKey, Map<String, ?> detail) {
        insert(defaultServer, actor, action, tenantKey, detail);
    }

    private void insert(
            DSLContext dsl, String actor, String action, @Nullable String tenantKey, Map<String, ?> detail) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.TENANT_KEY, tenantKey)
                .set(AUDIT_EVENT.DETAIL, JSONB.valueOf(json.writeValueAsString(detail)))
                .execute();
    }

    List<AuditEvent> forTenant(String tenantKey) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_KEY.eq(tenantKey))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(r -> new AuditEvent(
                        r.getId(),
                        r.getOccurredAt(),
                        r.getActor(),
                        r.getAction(),
                        r.getTenantKey(),
                        r.getDetail().data()));
    }
}
