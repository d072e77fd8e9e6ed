package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.CALIBRATION_MOVE;

import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.MoveStatus;
import id.meritasn.jooq.t_template.tables.records.CalibrationMoveRecord;
import id.meritasn.shared.db.AnyOf;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Calibration moves: proposed in a committee session, in force once agreed (at once when no second member is needed). */
@Repository
class CalibrationRepository {

    /** Grows with every move proposed and every decision on one: part of the map's revision. */
    long changes(DSLContext tenant, long periodId) {
        return tenant.select(DSL.count().plus(DSL.count(CALIBRATION_MOVE.DECIDED_AT)))
                .from(CALIBRATION_MOVE)
                .where(CALIBRATION_MOVE.PERIOD_ID.eq(periodId))
                .fetchSingle()
                .value1();
    }

    /** A new move; {@code status} is AGREED when it needs no second member, else PENDING. */
    long propose(
            DSLContext tenant,
            long periodId,
            String nip,
            int fromBox,
            int toBox,
            String reason,
            String actor,
            long sessionId,
            boolean needsSecond) {
        return tenant.insertInto(CALIBRATION_MOVE)
                .set(CALIBRATION_MOVE.PERIOD_ID, periodId)
                .set(CALIBRATION_MOVE.NIP, nip)
                .set(CALIBRATION_MOVE.FROM_BOX, (short) fromBox)
                .set(CALIBRATION_MOVE.TO_BOX, (short) toBox)
                .set(CALIBRATION_MOVE.REASON, reason)
                .set(CALIBRATION_MOVE.MOVED_BY, actor)
                .set(CALIBRATION_MOVE.SESSION_ID, sessionId)
                .set(CALIBRATION_MOVE.NEEDS_SECOND, needsSecond)
                .set(CALIBRATION_MOVE.STATUS, (needsSecond ? MoveStatus.PENDING : MoveStatus.AGREED).name())
                .returning(CALIBRATION_MOVE.ID)
                .fetchOptional(CALIBRATION_MOVE.ID)
                .orElseThrow();
    }

    /** Settles a PENDING move; false when it was settled meanwhile (the row is locked by the update). */
    boolean decide(
            DSLContext tenant, long moveId, MoveStatus status, String actor, long sessionId, @Nullable String reason) {
        return tenant.update(CALIBRATION_MOVE)
                        .set(CALIBRATION_MOVE.STATUS, status.name())
                        .set(CALIBRATION_MOVE.DECIDED_BY, actor)
                        .set(CALIBRATION_MOVE.DECIDED_SESSION_ID, sessionId)
                        .set(CALIBRATION_MOVE.DECIDED_AT, DSL.currentOffsetDateTime())
                        .set(CALIBRATION_MOVE.DECISION_REASON, reason)
                        .where(CALIBRATION_MOVE.ID.eq(moveId))
                        .and(CALIBRATION_MOVE.STATUS.eq(MoveStatus.PENDING.name()))
                        .execute()
                == 1;
    }

    Optional<CalibrationMove> move(DSLContext tenant, long moveId) {
        return tenant.selectFrom(CALIBRATION_MOVE)
                .where(CALIBRATION_MOVE.ID.eq(moveId))
                .fetchOptional()
                .map(CalibrationRepository::move);
    }

    /** Every move of the period, newest first: the board's list of pending, agreed and declined moves. */
    List<CalibrationMove> all(DSLContext tenant, long periodId) {
        return tenant.selectFrom(CALIBRATION_MOVE)
                .where(CALIBRATION_MOVE.PERIOD_ID.eq(periodId))
                .orderBy(CALIBRATION_MOVE.ID.desc())
                .fetch(CalibrationRepository::move);
    }

    Optional<CalibrationMove> pending(DSLContext tenant, long periodId, String nip) {
        return tenant.selectFrom(CALIBRATION_MOVE)
                .where(CALIBRATION_MOVE.PERIOD_ID.eq(periodId))
                .and(CALIBRATION_MOVE.NIP.eq(nip))
                .and(CALIBRATION_MOVE.STATUS.eq(MoveStatus.PENDING.name()))
                .fetchOptional()
                .map(CalibrationRepository::move);
    }

    int pendingCount(DSLContext tenant, long periodId) {
        return tenant.fetchCount(
                CALIBRATION_MOVE,
                CALIBRATION_MOVE.PERIOD_ID.eq(periodId).and(CALIBRATION_MOVE.STATUS.eq(MoveStatus.PENDING.name())));
    }

    /** The move in force per employee of the period: the latest agreed one. */
    Map<String, CalibrationMove> latestAgreed(DSLContext tenant, long periodId, @Nullable Collection<String> nips) {
        Map<String, CalibrationMove> moves = new HashMap<>();
        tenant.selectFrom(CALIBRATION_MOVE)
                .where(CALIBRATION_MOVE.PERIOD_ID.eq(periodId))
                .and(CALIBRATION_MOVE.STATUS.eq(MoveStatus.AGREED.name()))
                .and(nips == null ? DSL.noCondition() : AnyOf.strings(CALIBRATION_MOVE.NIP, nips))
                .orderBy(CALIBRATION_MOVE.ID)
                .forEach(r -> moves.put(r.getNip(), move(r)));
        return moves;
    }

    private static CalibrationMove move(CalibrationMoveRecord r) {
        return new CalibrationMove(
                r.getId(),
                r.getPeriodId(),
                r.getNip(),
                r.getFromBox(),
                r.getToBox(),
                r.getReason(),
                r.getMovedBy(),
                r.getMovedAt(),
                MoveStatus.valueOf(r.getStatus()),
                r.getSessionId(),
                r.getNeedsSecond(),
                r.getDecidedBy(),
                r.getDecidedSessionId(),
                r.getDecidedAt(),
                r.getDecisionReason());
    }
}
