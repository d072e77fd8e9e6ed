package id.meritasn.succession;

import static id.meritasn.jooq.t_template.Tables.SUCCESSION_ANNOUNCEMENT;
import static id.meritasn.jooq.t_template.Tables.SUCCESSION_OBJECTION;

import id.meritasn.jooq.t_template.tables.records.SuccessionAnnouncementRecord;
import id.meritasn.jooq.t_template.tables.records.SuccessionObjectionRecord;
import id.meritasn.succession.SuccessionRecords.Announcement;
import id.meritasn.succession.SuccessionRecords.Objection;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The public side of a decided case: its announcements and the objections raised against them. */
@Repository
class AnnouncementRepository {

    /** An announcement with what the public page shows of it. */
    record AnnouncementRow(
            long id,
            long caseId,
            long decisionId,
            String positionName,
            @Nullable String unitName,
            LocalDate announcedOn,
            LocalDate deadline,
            String status) {}

    long addAnnouncement(
            DSLContext tenant,
            long caseId,
            long decisionId,
            String positionName,
            @Nullable String unitName,
            LocalDate on,
            LocalDate deadline,
            String actor) {
        return tenant.insertInto(SUCCESSION_ANNOUNCEMENT)
                .set(SUCCESSION_ANNOUNCEMENT.CASE_ID, caseId)
                .set(SUCCESSION_ANNOUNCEMENT.DECISION_ID, decisionId)
                .set(SUCCESSION_ANNOUNCEMENT.POSITION_NAME, positionName)
                .set(SUCCESSION_ANNOUNCEMENT.UNIT_NAME, unitName)
                .set(SUCCESSION_ANNOUNCEMENT.ANNOUNCED_ON, on)
                .set(SUCCESSION_ANNOUNCEMENT.OBJECTION_DEADLINE, deadline)
                .set(SUCCESSION_ANNOUNCEMENT.ANNOUNCED_BY, actor)
                .returning(SUCCESSION_ANNOUNCEMENT.ID)
                .fetchOptional(SUCCESSION_ANNOUNCEMENT.ID)
                .orElseThrow();
    }

    void setAnnouncementStatus(DSLContext tenant, long caseId, String from, String to) {
        tenant.update(SUCCESSION_ANNOUNCEMENT)
                .set(SUCCESSION_ANNOUNCEMENT.STATUS, to)
                .where(SUCCESSION_ANNOUNCEMENT.CASE_ID.eq(caseId).and(SUCCESSION_ANNOUNCEMENT.STATUS.eq(from)))
                .execute();
    }

    /** The active announcement of each of these cases. */
    Map<Long, AnnouncementRow> activeAnnouncements(DSLContext tenant, @Nullable Collection<Long> caseIds) {
        Map<Long, AnnouncementRow> rows = new HashMap<>();
        tenant.selectFrom(SUCCESSION_ANNOUNCEMENT)
                .where(SUCCESSION_ANNOUNCEMENT.STATUS.eq("ACTIVE"))
                .and(caseIds == null ? DSL.noCondition() : SUCCESSION_ANNOUNCEMENT.CASE_ID.in(caseIds))
                .orderBy(SUCCESSION_ANNOUNCEMENT.ANNOUNCED_ON.desc(), SUCCESSION_ANNOUNCEMENT.ID.desc())
                .forEach(r -> rows.put(r.getCaseId(), toAnnouncement(r)));
        return rows;
    }

    /** The latest announcement of each of these cases, whatever its status. */
    Map<Long, Announcement> latestAnnouncements(DSLContext tenant, Collection<Long> caseIds) {
        Map<Long, Announcement> rows = new HashMap<>();
        tenant.selectFrom(SUCCESSION_ANNOUNCEMENT)
                .where(SUCCESSION_ANNOUNCEMENT.CASE_ID.in(caseIds))
                .orderBy(SUCCESSION_ANNOUNCEMENT.ID)
                .forEach(r -> rows.put(
                        r.getCaseId(),
                        new Announcement(r.getId(), r.getAnnouncedOn(), r.getObjectionDeadline(), r.getStatus())));
        return rows;
    }

    Optional<AnnouncementRow> announcement(DSLContext tenant, long id) {
        return tenant.selectFrom(SUCCESSION_ANNOUNCEMENT)
                .where(SUCCESSION_ANNOUNCEMENT.ID.eq(id))
                .fetchOptional(AnnouncementRepository::toAnnouncement);
    }

    private static AnnouncementRow toAnnouncement(SuccessionAnnouncementRecord r) {
        return new AnnouncementRow(
                r.getId(),
                r.getCaseId(),
                r.getDecisionId(),
                r.getPositionName(),
                r.getUnitName(),
                r.getAnnouncedOn(),
                r.getObjectionDeadline(),
                r.getStatus());
    }

    long addObjection(DSLContext tenant, long announcementId, String name, String contact, String text) {
        return tenant.insertInto(SUCCESSION_OBJECTION)
                .set(SUCCESSION_OBJECTION.ANNOUNCEMENT_ID, announcementId)
                .set(SUCCESSION_OBJECTION.NAME, name)
                .set(SUCCESSION_OBJECTION.CONTACT, contact)
                .set(SUCCESSION_OBJECTION.TEXT, text)
                .returning(SUCCESSION_OBJECTION.ID)
                .fetchOptional(SUCCESSION_OBJECTION.ID)
                .orElseThrow();
    }

    Optional<Objection> objection(DSLContext tenant, long id) {
        return tenant.selectFrom(SUCCESSION_OBJECTION)
                .where(SUCCESSION_OBJECTION.ID.eq(id))
                .fetchOptional(AnnouncementRepository::toObjection);
    }

    /** Objections to every announcement of a case, oldest first. */
    List<Objection> objections(DSLContext tenant, long caseId) {
        return tenant.selectFrom(SUCCESSION_OBJECTION)
                .where(SUCCESSION_OBJECTION.ANNOUNCEMENT_ID.in(tenant.select(SUCCESSION_ANNOUNCEMENT.ID)
                        .from(SUCCESSION_ANNOUNCEMENT)
                        .where(SUCCESSION_ANNOUNCEMENT.CASE_ID.eq(caseId))))
                .orderBy(SUCCESSION_OBJECTION.ID)
                .fetch(AnnouncementRepository::toObjection);
    }

    long caseOfAnnouncement(DSLContext tenant, long announcementId) {
        return tenant.select(SUCCESSION_ANNOUNCEMENT.CASE_ID)
                .from(SUCCESSION_ANNOUNCEMENT)
                .where(SUCCESSION_ANNOUNCEMENT.ID.eq(announcementId))
                .fetchSingle()
                .value1();
    }

    boolean respond(DSLContext tenant, long objectionId, String response, String actor) {
        return tenant.update(SUCCESSION_OBJECTION)
                        .set(SUCCESSION_OBJECTION.RESPONSE, response)
                        .set(SUCCESSION_OBJECTION.RESPONDED_BY, actor)
                        .set(SUCCESSION_OBJECTION.RESPONDED_AT, DSL.currentOffsetDateTime())
                        .where(SUCCESSION_OBJECTION.ID.eq(objectionId).and(SUCCESSION_OBJECTION.RESPONSE.isNull()))
                        .execute()
                == 1;
    }

    private static Objection toObjection(SuccessionObjectionRecord r) {
        return new Objection(
                r.getId(),
                r.getAnnouncementId(),
                r.getSubmittedAt(),
                r.getName(),
                r.getContact(),
                r.getText(),
                r.getResponse(),
                r.getRespondedBy(),
                r.getRespondedAt());
    }
}
