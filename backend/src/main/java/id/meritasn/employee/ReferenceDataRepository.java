package id.meritasn.employee;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import static id.meritasn.jooq.platform.Tables.EDUCATION_LEVEL;
import static id.meritasn.jooq.platform.Tables.GOLONGAN;
import static id.meritasn.jooq.platform.Tables.JABATAN_LEVEL;

@Repository
class ReferenceDataRepository {

    private final DSLContext dsl;

    ReferenceDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ReferenceData load() {
        return new ReferenceData(
                dsl.selectFrom(GOLONGAN).orderBy(GOLONGAN.RANK_ORDER)
                        .fetch(r -> new ReferenceData.Golongan(r.getCode(), r.getPangkat(), r.getRankOrder())),
                dsl.selectFrom(JABATAN_LEVEL).orderBy(JABATAN_LEVEL.KIND, JABATAN_LEVEL.RANK_ORDER.desc())
                        .fetch(r -> new ReferenceData.PositionLevel(r.getCode(), r.getKind(), r.getName(),
                                r.getRetirementAge(), r.getRankOrder())),
                dsl.selectFrom(EDUCATION_LEVEL).orderBy(EDUCATION_LEVEL.RANK_ORDER)
                        .fetch(r -> new ReferenceData.EducationLevel(r.getCode(), r.getName())));
    }
}
