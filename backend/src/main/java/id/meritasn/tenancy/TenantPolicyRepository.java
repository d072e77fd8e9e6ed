package id.meritasn.tenancy;

import static id.meritasn.jooq.t_template.Tables.TENANT_POLICY;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

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
                .onConflict(TENANT_POLICY.NAME)
                .doUpdate()
                .set(TENANT_POLICY.VALUE, JSONB.valueOf(json.writeValueAsString(value)))
                .execute());
    }

    Map<String, String> read(DSLContext tenant) {
        return tenant.selectFrom(TENANT_POLICY)
                .fetchMap(TENANT_POLICY.NAME, r -> r.getValue().data());
    }

    /**
     * One policy's value in each of these agencies' schemas, all on the server of {@code server}, in one statement (a
     * UNION ALL with a branch per schema); agencies without an override are absent.
     */
    Map<String, String> readAcross(DSLContext server, Collection<TenantId> agencies, String name) {
        Select<Record2<String, JSONB>> union = null;
        for (TenantId agency : agencies) {
            Select<Record2<String, JSONB>> branch = DSL.select(
                            DSL.val(agency.key()).as("agency"),
                            DSL.field(DSL.name(TENANT_POLICY.VALUE.getName()), TENANT_POLICY.VALUE.getDataType()))
                    .from(DSL.table(DSL.name(agency.schemaName(), TENANT_POLICY.getName())))
                    .where(DSL.field(DSL.name(TENANT_POLICY.NAME.getName()), String.class)
                            .eq(name));
            union = union == null ? branch : union.unionAll(branch);
        }
        return union == null
                ? Map.of()
                : server.fetch(union).intoMap(r -> r.value1(), r -> r.value2().data());
    }
}
