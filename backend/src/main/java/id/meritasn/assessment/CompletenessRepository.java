package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.UNIT_COMPLETENESS;

import id.meritasn.assessment.AssessmentRecords.MissingCount;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class CompletenessRepository {

    private final ObjectMapper json;

    CompletenessRepository(ObjectMapper json) {
        this.json = json;
    }

    record Declaration(
            CompletenessService.Status status,
            @Nullable String reason,
            List<MissingCount> missing,
            String by,
            OffsetDateTime at) {}

    Map<String, Declaration> all(DSLContext tenant, long periodId) {
        Map<String, Declaration> result = new HashMap<>();
        tenant.selectFrom(UNIT_COMPLETENESS)
                .where(UNIT_COMPLETENESS.PERIOD_ID.eq(periodId))
                .forEach(r -> result.put(
                        r.getUnitCode(),
                        new Declaration(
                                CompletenessService.Status.valueOf(r.getStatus()),
                                r.getReason(),
                                json.readValue(r.getMissing().data(), new TypeReference<List<MissingCount>>() {}),
                                r.getDeclaredBy(),
                                r.getDeclaredAt())));
        return result;
    }

    void declare(DSLContext tenant, long periodId, String unitCode, List<MissingCount> missing, String actor) {
        upsert(tenant, periodId, unitCode, "DECLARED", null, JSONB.valueOf(json.writeValueAsString(missing)), actor);
    }

    void exclude(DSLContext tenant, long periodId, String unitCode, String reason, String actor) {
        upsert(tenant, periodId, unitCode, "EXCLUDED", reason, JSONB.valueOf("[]"), actor);
    }

    private static void upsert(
            DSLContext tenant,
            long periodId,
            String unitCode,
            String status,
            @Nullable String reason,
            JSONB missing,
            String actor) {
        tenant.insertInto(UNIT_COMPLETENESS)
                .set(UNIT_COMPLETENESS.PERIOD_ID, periodId)
                .set(UNIT_COMPLETENESS.UNIT_CODE, unitCode)
                .set(UNIT_COMPLETENESS.STATUS, status)
                .set(UNIT_COMPLETENESS.REASON, reason)
                .set(UNIT_COMPLETENESS.MISSING, missing)
                .set(UNIT_COMPLETENESS.DECLARED_BY, actor)
                .onConflict(UNIT_COMPLETENESS.PERIOD_ID, UNIT_COMPLETENESS.UNIT_CODE)
                .doUpdate()
                .set(UNIT_COMPLETENESS.STATUS, status)
                .set(UNIT_COMPLETENESS.REASON, reason)
                .set(UNIT_COMPLETENESS.MISSING, missing)
                .set(UNIT_COMPLETENESS.DECLARED_BY, actor)
                .set(UNIT_COMPLETENESS.DECLARED_AT, DSL.currentOffsetDateTime())
                .execute();
    }
}
