package id.meritasn.tenancy;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

import java.util.Map;

import static id.meritasn.jooq.t_template.Tables.TENANT_POLICY;

/** Agency policy overrides in the tenant schema. */
@Repository
class TenantPolicyRepository {

    private final ObjectMapper json;

    TenantPolicyRepository(ObjectMapper json) {
        this.json = json;
    }

    void write(DSLContext tenant, Map<String, Object> policy) {
        policy.forEach((name, value) -> tenant.insertInto(TENANT_POLICY)
                .set(TENANT_POLICY.NAME, name)
                .set(TENANT_POLICY.VALUE, JSONB.valueOf(json.writeValueAsString(value)))
                .onConflict(TENANT_POLICY.NAME).doUpdate()
                .set(TENANT_POLICY.VALUE, JSONB.valueOf(json.writeValueAsString(value)))
                .execute());
    }

    Map<String, String> read(DSLContext tenant) {
        return tenant.selectFrom(TENANT_POLICY).fetchMap(TENANT_POLICY.NAME, r -> r.getValue().data());
    }
}
