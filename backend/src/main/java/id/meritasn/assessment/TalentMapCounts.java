package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.CALIBRATION_MOVE;
import static id.meritasn.jooq.t_template.Tables.RESULT_REVISION;
import static id.meritasn.jooq.t_template.Tables.TALENT_RESULT;

import id.meritasn.shared.db.DerivedColumns;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The nine-box grid's cheap reads: the agency's result revision and the box counts, both without reading results. */
@Repository
class TalentMapCounts {

    /** The agency's result revision (tenant-007): moves with every statement writing results or calibration moves. */
    long resultRevision(DSLContext tenant) {
        return tenant.select(RESULT_REVISION.VALUE)
                .from(RESULT_REVISION)
                .fetchSingle()
                .value1();
    }

    /**
     * The map's counts without reading its members: per final box (the latest agreed calibration move, else the latest
     * version's box) the number of employees, index 0 holding those not mapped. The same rules as the members' path
     * in {@code AssessmentService.map}, counted by the database.
     */
    int[] boxCounts(DSLContext tenant, long periodId) {
        // both sides read once and hash-joined: the latest versions from talent_result_latest_idx alone, the moves
        // of the period (few) latest first; not a probe into the moves per employee
        var latest = tenant.select(TALENT_RESULT.NIP, TALENT_RESULT.BOX, TALENT_RESULT.MAPPED)
                .distinctOn(TALENT_RESULT.NIP)
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId))
                .orderBy(TALENT_RESULT.NIP, TALENT_RESULT.VERSION.desc())
                .asTable("r");
        var move = tenant.select(CALIBRATION_MOVE.NIP, CALIBRATION_MOVE.TO_BOX)
                .distinctOn(CALIBRATION_MOVE.NIP)
                .from(CALIBRATION_MOVE)
                .where(CALIBRATION_MOVE.PERIOD_ID.eq(periodId))
                .and(CALIBRATION_MOVE.STATUS.eq(AssessmentRecords.MoveStatus.AGREED.name()))
                .orderBy(CALIBRATION_MOVE.NIP, CALIBRATION_MOVE.ID.desc())
                .asTable("m");
        var box = DSL.coalesce(
                DerivedColumns.of(move, CALIBRATION_MOVE.TO_BOX), DerivedColumns.of(latest, TALENT_RESULT.BOX));
        int[] counts = new int[10];
        tenant.select(
                        box,
                        DSL.count()
                                .filterWhere(DerivedColumns.of(latest, TALENT_RESULT.MAPPED)
                                        .isFalse()),
                        DSL.count())
                .from(latest)
                .leftJoin(move)
                .on(DerivedColumns.of(move, CALIBRATION_MOVE.NIP).eq(DerivedColumns.of(latest, TALENT_RESULT.NIP)))
                .groupBy(box)
                .forEach(r -> {
                    counts[0] += r.value2();
                    if (r.value1() != null) {
                        counts[r.value1()] += r.value3();
                    }
                });
        return counts;
    }
}
