package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.ASSESSMENT_PERIOD;

import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Which period computes were asked for and not finished (see tenant-012-compute-request.sql). */
@Repository
class PeriodComputeRepository {

    /** A compute the process did not finish: the period and who asked for it. */
    record Interrupted(long periodId, @Nullable String requestedBy) {}

    void requested(DSLContext tenant, long periodId, String actor, OffsetDateTime at) {
        tenant.update(ASSESSMENT_PERIOD)
                .set(ASSESSMENT_PERIOD.COMPUTE_REQUESTED_AT, at)
                .set(ASSESSMENT_PERIOD.COMPUTE_REQUESTED_BY, actor)
                .where(ASSESSMENT_PERIOD.ID.eq(periodId))
                .execute();
    }

    void finished(DSLContext tenant, long periodId) {
        tenant.update(ASSESSMENT_PERIOD)
                .setNull(ASSESSMENT_PERIOD.COMPUTE_REQUESTED_AT)
                .setNull(ASSESSMENT_PERIOD.COMPUTE_REQUESTED_BY)
                .where(ASSESSMENT_PERIOD.ID.eq(periodId))
                .execute();
    }

    /** Open periods whose compute was interrupted (a period closed since has nothing to redo). */
    List<Interrupted> interrupted(DSLContext tenant) {
        return tenant.select(ASSESSMENT_PERIOD.ID, ASSESSMENT_PERIOD.COMPUTE_REQUESTED_BY)
                .from(ASSESSMENT_PERIOD)
                .where(ASSESSMENT_PERIOD.COMPUTE_REQUESTED_AT.isNotNull())
                .and(ASSESSMENT_PERIOD.STATUS.eq(PeriodStatus.OPEN.name()))
                .fetch(r -> new Interrupted(r.value1(), r.value2()));
    }
}
