package id.meritasn.employee;

import static id.meritasn.jooq.platform.Tables.EDUCATION_LEVEL;
import static id.meritasn.jooq.platform.Tables.GOLONGAN;
import static id.meritasn.jooq.platform.Tables.JABATAN_LEVEL;
import static id.meritasn.jooq.platform.Tables.RETIREMENT_RULE;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ReferenceDataRepository {

    private final DSLContext dsl;

    ReferenceDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ReferenceData load() {
        return new ReferenceData(
                // PNS golongan first, lowest first; then the PPPK grades I..XVII
                dsl.selectFrom(GOLONGAN)
                        .orderBy(GOLONGAN.KIND, GOLONGAN.RANK_ORDER)
                        .fetch(r ->
                                new ReferenceData.Golongan(r.getCode(), r.getPangkat(), r.getRankOrder(), r.getKind())),
                dsl.selectFrom(JABATAN_LEVEL)
                        .orderBy(JABATAN_LEVEL.KIND, JABATAN_LEVEL.RANK_ORDER.desc())
                        .fetch(r -> new ReferenceData.PositionLevel(
                                r.getCode(), r.getKind(), r.getName(), r.getRetirementAge(), r.getRankOrder())),
                dsl.selectFrom(EDUCATION_LEVEL)
                        .orderBy(EDUCATION_LEVEL.RANK_ORDER)
                        .fetch(r -> new ReferenceData.EducationLevel(r.getCode(), r.getName())),
                dsl.selectFrom(RETIREMENT_RULE)
                        .orderBy(RETIREMENT_RULE.CODE)
                        .fetch(r -> new ReferenceData.RetirementRule(
                                r.getCode(), r.getName(), r.getRetirementAge(), r.getLegalSource())));
    }
}
