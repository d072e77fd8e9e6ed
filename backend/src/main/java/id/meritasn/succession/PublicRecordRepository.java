package id.meritasn.succession;

import static id.meritasn.jooq.t_template.Tables.JABATAN;
import static id.meritasn.jooq.t_template.Tables.SLATE_CANDIDATE;
import static id.meritasn.jooq.t_template.Tables.SUCCESSION_ANNOUNCEMENT;
import static id.meritasn.jooq.t_template.Tables.SUCCESSION_CASE;
import static id.meritasn.jooq.t_template.Tables.SUCCESSION_DECISION;
import static id.meritasn.jooq.t_template.Tables.UNIT_KERJA;

import id.meritasn.employee.Nip;
import id.meritasn.succession.SuccessionRecords.PublicAppointment;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The finalised appointments of an agency as its public record shows them, newest first. */
@Repository
class PublicRecordRepository {

    List<PublicAppointment> finalized(DSLContext tenant, String agency) {
        // the decision in force is the case's latest (a correction is a new row); the post as it was announced,
        // else (direct appointment without an announcement) as the position is named now
        var decision = DSL.select(DSL.max(SUCCESSION_DECISION.ID))
                .from(SUCCESSION_DECISION)
                .where(SUCCESSION_DECISION.CASE_ID.eq(SUCCESSION_CASE.ID));
        var announced = DSL.select(DSL.max(SUCCESSION_ANNOUNCEMENT.ID))
                .from(SUCCESSION_ANNOUNCEMENT)
                .where(SUCCESSION_ANNOUNCEMENT.CASE_ID.eq(SUCCESSION_CASE.ID));
        return tenant.select(
                        SUCCESSION_CASE.ID,
                        SUCCESSION_CASE.FINALIZED_ON,
                        SUCCESSION_DECISION.NIP,
                        SUCCESSION_DECISION.DECIDED_AT,
                        SLATE_CANDIDATE.NAME,
                        DSL.coalesce(SUCCESSION_ANNOUNCEMENT.POSITION_NAME, JABATAN.NAME),
                        DSL.coalesce(SUCCESSION_ANNOUNCEMENT.UNIT_NAME, UNIT_KERJA.NAME))
                .from(SUCCESSION_CASE)
                .join(SUCCESSION_DECISION)
                .on(SUCCESSION_DECISION.ID.eq(decision))
                .join(SLATE_CANDIDATE)
                .on(SLATE_CANDIDATE
                        .SLATE_ID
                        .eq(SUCCESSION_DECISION.SLATE_ID)
                        .and(SLATE_CANDIDATE.NIP.eq(SUCCESSION_DECISION.NIP)))
                .join(JABATAN)
                .on(JABATAN.ID.eq(SUCCESSION_CASE.JABATAN_ID))
                .leftJoin(UNIT_KERJA)
                .on(UNIT_KERJA.ID.eq(JABATAN.UNIT_ID))
                .leftJoin(SUCCESSION_ANNOUNCEMENT)
                .on(SUCCESSION_ANNOUNCEMENT.ID.eq(announced))
                .where(SUCCESSION_CASE.STATUS.eq("FINALIZED"))
                .orderBy(SUCCESSION_CASE.FINALIZED_ON.desc(), SUCCESSION_CASE.ID.desc())
                .fetch(r -> new PublicAppointment(
                        r.value1(),
                        agency,
                        r.value6(),
                        r.value7(),
                        r.value5(),
                        Nip.mask(r.value3()),
                        r.value4().toLocalDate(),
                        r.value2()));
    }
}
