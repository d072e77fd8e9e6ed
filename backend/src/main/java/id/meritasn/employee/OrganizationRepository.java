package id.meritasn.employee;

import static id.meritasn.jooq.platform.Tables.JABATAN_LEVEL;
import static id.meritasn.jooq.t_template.Tables.COMPETENCY_STANDARD;
import static id.meritasn.jooq.t_template.Tables.JABATAN;
import static id.meritasn.jooq.t_template.Tables.UNIT_KERJA;

import id.meritasn.employee.EmployeeRecords.CompetencyKind;
import id.meritasn.employee.EmployeeRecords.CompetencyRequirement;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeRecords.Unit;
import id.meritasn.shared.db.AnyOf;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Units and positions of one agency, with the competency standards of the positions. */
@Repository
class OrganizationRepository {

    /** Every unit, flat, parents before children is not guaranteed; the tree is built by the service. */
    List<Unit> units(DSLContext tenant) {
        var parent = UNIT_KERJA.as("parent");
        return tenant.select(UNIT_KERJA.ID, UNIT_KERJA.CODE, UNIT_KERJA.NAME, UNIT_KERJA.PARENT_ID, parent.CODE)
                .from(UNIT_KERJA)
                .leftJoin(parent)
                .on(parent.ID.eq(UNIT_KERJA.PARENT_ID))
                .orderBy(UNIT_KERJA.CODE)
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), List.of()));
    }

    List<Unit> unitsById(DSLContext tenant, Collection<Long> ids) {
        var parent = UNIT_KERJA.as("parent");
        return tenant.select(UNIT_KERJA.ID, UNIT_KERJA.CODE, UNIT_KERJA.NAME, UNIT_KERJA.PARENT_ID, parent.CODE)
                .from(UNIT_KERJA)
                .leftJoin(parent)
                .on(parent.ID.eq(UNIT_KERJA.PARENT_ID))
                .where(AnyOf.longs(UNIT_KERJA.ID, ids))
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), List.of()));
    }

    Optional<Long> unitId(DSLContext tenant, String code) {
        return tenant.select(UNIT_KERJA.ID)
                .from(UNIT_KERJA)
                .where(UNIT_KERJA.CODE.eq(code))
                .fetchOptional(UNIT_KERJA.ID);
    }

    Map<String, Long> unitIdsByCode(DSLContext tenant) {
        return tenant.select(UNIT_KERJA.CODE, UNIT_KERJA.ID).from(UNIT_KERJA).fetchMap(UNIT_KERJA.CODE, UNIT_KERJA.ID);
    }

    long saveUnit(DSLContext tenant, String code, String name, @Nullable Long parentId) {
        return tenant.insertInto(UNIT_KERJA)
                .set(UNIT_KERJA.CODE, code)
                .set(UNIT_KERJA.NAME, name)
                .set(UNIT_KERJA.PARENT_ID, parentId)
                .onConflict(UNIT_KERJA.CODE)
                .doUpdate()
                .set(UNIT_KERJA.NAME, name)
                .set(UNIT_KERJA.PARENT_ID, parentId)
                .returning(UNIT_KERJA.ID)
                .fetchOptional(UNIT_KERJA.ID)
                .orElseThrow();
    }

    /** Whether making {@code parentId} the parent of {@code unitId} would close a cycle. */
    boolean isDescendant(DSLContext tenant, long unitId, long candidateParentId) {
        return null
                != tenant.fetchOne(tenant.resultQuery(
                        "WITH RECURSIVE sub AS (SELECT id FROM unit_kerja WHERE id = {0}"
                                + " UNION ALL SELECT u.id FROM unit_kerja u JOIN sub ON u.parent_id = sub.id) SELECT 1 FROM sub WHERE id = {1}",
                        unitId, candidateParentId));
    }

    List<Position> positions(DSLContext tenant, @Nullable Long unitId) {
        return positionSelect(tenant)
                .where(unitId == null ? org.jooq.impl.DSL.noCondition() : JABATAN.UNIT_ID.eq(unitId))
                .orderBy(JABATAN.CODE)
                .fetch(OrganizationRepository::toPosition);
    }

    java.util.Optional<Position> positionByCode(DSLContext tenant, String code) {
        return positionSelect(tenant).where(JABATAN.CODE.eq(code)).fetchOptional(OrganizationRepository::toPosition);
    }

    List<Position> positionsById(DSLContext tenant, Collection<Long> ids) {
        return positionSelect(tenant).where(AnyOf.longs(JABATAN.ID, ids)).fetch(OrganizationRepository::toPosition);
    }

    boolean setCritical(DSLContext tenant, String code, boolean critical) {
        return tenant.update(JABATAN)
                        .set(JABATAN.CRITICAL, critical)
                        .where(JABATAN.CODE.eq(code))
                        .execute()
                == 1;
    }

    Map<String, Long> positionIdsByCode(DSLContext tenant) {
        return tenant.select(JABATAN.CODE, JABATAN.ID).from(JABATAN).fetchMap(JABATAN.CODE, JABATAN.ID);
    }

    long savePosition(
            DSLContext tenant,
            String code,
            String name,
            String level,
            long unitId,
            @Nullable String minGolongan,
            boolean critical,
            boolean servesPublic,
            @Nullable String retirementRule) {
        return tenant.insertInto(JABATAN)
                .set(JABATAN.CODE, code)
                .set(JABATAN.NAME, name)
                .set(JABATAN.LEVEL, level)
                .set(JABATAN.UNIT_ID, unitId)
                .set(JABATAN.MIN_GOLONGAN, minGolongan)
                .set(JABATAN.CRITICAL, critical)
                .set(JABATAN.SERVES_PUBLIC, servesPublic)
                .set(JABATAN.RETIREMENT_RULE, retirementRule)
                .onConflict(JABATAN.CODE)
                .doUpdate()
                .set(JABATAN.NAME, name)
                .set(JABATAN.LEVEL, level)
                .set(JABATAN.UNIT_ID, unitId)
                .set(JABATAN.MIN_GOLONGAN, minGolongan)
                .set(JABATAN.CRITICAL, critical)
                .set(JABATAN.SERVES_PUBLIC, servesPublic)
                .set(JABATAN.RETIREMENT_RULE, retirementRule)
                .returning(JABATAN.ID)
                .fetchOptional(JABATAN.ID)
                .orElseThrow();
    }

    void replaceStandard(DSLContext tenant, long positionId, List<CompetencyRequirement> standard) {
        tenant.deleteFrom(COMPETENCY_STANDARD)
                .where(COMPETENCY_STANDARD.JABATAN_ID.eq(positionId))
                .execute();
        for (CompetencyRequirement requirement : standard) {
            tenant.insertInto(COMPETENCY_STANDARD)
                    .set(COMPETENCY_STANDARD.JABATAN_ID, positionId)
                    .set(COMPETENCY_STANDARD.COMPETENCY, requirement.competency())
                    .set(COMPETENCY_STANDARD.KIND, requirement.kind().name())
                    .set(COMPETENCY_STANDARD.REQUIRED_LEVEL, (short) requirement.requiredLevel())
                    .execute();
        }
    }

    Map<Long, List<CompetencyRequirement>> standards(DSLContext tenant, Collection<Long> positionIds) {
        Map<Long, List<CompetencyRequirement>> result = new LinkedHashMap<>();
        tenant.selectFrom(COMPETENCY_STANDARD)
                .where(AnyOf.longs(COMPETENCY_STANDARD.JABATAN_ID, positionIds))
                .orderBy(COMPETENCY_STANDARD.KIND, COMPETENCY_STANDARD.COMPETENCY)
                .forEach(r -> result.computeIfAbsent(r.getJabatanId(), id -> new ArrayList<>())
                        .add(new CompetencyRequirement(
                                r.getCompetency(), CompetencyKind.valueOf(r.getKind()), r.getRequiredLevel())));
        return result;
    }

    private static org.jooq.SelectOnConditionStep<Record> positionSelect(DSLContext tenant) {
        return tenant.select(JABATAN.fields())
                .select(JABATAN_LEVEL.KIND)
                .from(JABATAN)
                .join(JABATAN_LEVEL)
                .on(JABATAN_LEVEL.CODE.eq(JABATAN.LEVEL));
    }

    private static Position toPosition(Record r) {
        return new Position(
                r.get(JABATAN.ID),
                r.get(JABATAN.CODE),
                r.get(JABATAN.NAME),
                r.get(JABATAN_LEVEL.KIND),
                r.get(JABATAN.LEVEL),
                r.get(JABATAN.UNIT_ID),
                r.get(JABATAN.MIN_GOLONGAN),
                r.get(JABATAN.CRITICAL),
                r.get(JABATAN.SERVES_PUBLIC),
                r.get(JABATAN.RETIREMENT_RULE));
    }
}
