package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.RUBRIC_VERSION;

import id.meritasn.assessment.AssessmentRecords.RubricVersion;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** An agency's rubric versions, each stored as the rubric's JSON with its start date. */
@Repository
class RubricRepository {

    private final ObjectMapper json;

    RubricRepository(ObjectMapper json) {
        this.json = json;
    }

    /** The agency's latest version effective on the date, else the national default (version 0). */
    RubricVersion rubricInForce(DSLContext tenant, LocalDate date) {
        return rubricAt(tenant, date)
                .orElseGet(() -> new RubricVersion(0, LocalDate.of(2020, 1, 1), Rubric.nationalDefault()));
    }

    private Optional<RubricVersion> rubricAt(DSLContext tenant, LocalDate date) {
        return tenant.selectFrom(RUBRIC_VERSION)
                .where(RUBRIC_VERSION.EFFECTIVE_FROM.le(date))
                .orderBy(RUBRIC_VERSION.EFFECTIVE_FROM.desc(), RUBRIC_VERSION.VERSION.desc())
                .limit(1)
                .fetchOptional(r -> new RubricVersion(
                        r.getVersion(),
                        r.getEffectiveFrom(),
                        json.readValue(r.getRubric().data(), Rubric.class)));
    }

    /** Whether a rubric version was stored by this actor (the manifest's, once). */
    boolean rubricVersionBy(DSLContext tenant, String actor) {
        return tenant.fetchExists(RUBRIC_VERSION, RUBRIC_VERSION.CREATED_BY.eq(actor));
    }

    int saveRubric(DSLContext tenant, Rubric rubric, LocalDate effectiveFrom, String actor) {
        int version = tenant.select(DSL.coalesce(DSL.max(RUBRIC_VERSION.VERSION), 0))
                        .from(RUBRIC_VERSION)
                        .fetchSingle()
                        .value1()
                + 1;
        tenant.insertInto(RUBRIC_VERSION)
                .set(RUBRIC_VERSION.VERSION, version)
                .set(RUBRIC_VERSION.EFFECTIVE_FROM, effectiveFrom)
                .set(RUBRIC_VERSION.RUBRIC, JSONB.valueOf(json.writeValueAsString(rubric)))
                .set(RUBRIC_VERSION.CREATED_BY, actor)
                .execute();
        return version;
    }
}
