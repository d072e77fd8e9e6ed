package id.meritasn.succession;

import static id.meritasn.jooq.t_template.Tables.PLANNED_MOVE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Planned moves: a position's incumbent leaving on a date, which makes the position a target. */
@Repository
class PlannedMoveRepository {

    long addPlannedMove(
            DSLContext tenant, long positionId, @Nullable String nip, LocalDate leavesOn, String reason, String actor) {
        return tenant.insertInto(PLANNED_MOVE)
                .set(PLANNED_MOVE.JABATAN_ID, positionId)
                .set(PLANNED_MOVE.NIP, nip)
                .set(PLANNED_MOVE.LEAVES_ON, leavesOn)
                .set(PLANNED_MOVE.REASON, reason)
                .set(PLANNED_MOVE.CREATED_BY, actor)
                .returning(PLANNED_MOVE.ID)
                .fetchOptional(PLANNED_MOVE.ID)
                .orElseThrow();
    }

    record MoveRow(
            long id, long positionId, @Nullable String nip, LocalDate leavesOn, String reason, String createdBy) {}

    /** Planned moves leaving on or after a date, earliest first. */
    List<MoveRow> plannedMoves(DSLContext tenant, LocalDate from) {
        return tenant.selectFrom(PLANNED_MOVE)
                .where(PLANNED_MOVE.LEAVES_ON.ge(from))
                .orderBy(PLANNED_MOVE.LEAVES_ON)
                .fetch(r -> new MoveRow(
                        r.getId(), r.getJabatanId(), r.getNip(), r.getLeavesOn(), r.getReason(), r.getCreatedBy()));
    }
}
