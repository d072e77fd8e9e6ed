package id.meritasn.development;

import static id.meritasn.jooq.t_template.Tables.MENTORING;
import static id.meritasn.jooq.t_template.Tables.MENTORING_MEETING;
import static id.meritasn.jooq.t_template.Tables.POOL_REVIEW;

import id.meritasn.development.PoolRecords.Meeting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** An agency's recorded pool reviews and its mentoring pairs with their meetings. */
@Repository
class PoolReviewRepository {

    record ReviewRow(
            long id,
            long periodId,
            LocalDate heldOn,
            String outcome,
            int members,
            Map<String, Integer> flags,
            String reviewedBy) {}

    record MentoringRow(
            long id,
            String menteeNip,
            String mentorNip,
            String goal,
            LocalDate startedOn,
            @Nullable LocalDate endedOn) {}

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};

    private final ObjectMapper json;

    PoolReviewRepository(ObjectMapper json) {
        this.json = json;
    }

    long addReview(
            DSLContext tenant,
            long periodId,
            LocalDate heldOn,
            String outcome,
            int members,
            Map<String, Integer> flags,
            String actor) {
        return tenant.insertInto(POOL_REVIEW)
                .set(POOL_REVIEW.PERIOD_ID, periodId)
                .set(POOL_REVIEW.HELD_ON, heldOn)
                .set(POOL_REVIEW.OUTCOME, outcome)
                .set(POOL_REVIEW.MEMBERS, members)
                .set(POOL_REVIEW.FLAGS, JSONB.valueOf(json.writeValueAsString(flags)))
                .set(POOL_REVIEW.REVIEWED_BY, actor)
                .returning(POOL_REVIEW.ID)
                .fetchOptional(POOL_REVIEW.ID)
                .orElseThrow();
    }

    List<ReviewRow> reviews(DSLContext tenant) {
        return tenant.selectFrom(POOL_REVIEW)
                .orderBy(POOL_REVIEW.HELD_ON.desc(), POOL_REVIEW.ID.desc())
                .fetch(r -> new ReviewRow(
                        r.getId(),
                        r.getPeriodId(),
                        r.getHeldOn(),
                        r.getOutcome(),
                        r.getMembers(),
                        json.readValue(r.getFlags().data(), COUNTS),
                        r.getReviewedBy()));
    }

    /** A new pair; empty when the mentee already has an active one. */
    Optional<Long> addMentoring(
            DSLContext tenant, String mentee, String mentor, String goal, LocalDate startedOn, String actor) {
        return tenant.insertInto(MENTORING)
                .set(MENTORING.MENTEE_NIP, mentee)
                .set(MENTORING.MENTOR_NIP, mentor)
                .set(MENTORING.GOAL, goal)
                .set(MENTORING.STARTED_ON, startedOn)
                .set(MENTORING.CREATED_BY, actor)
                .onConflictDoNothing()
                .returning(MENTORING.ID)
                .fetchOptional(MENTORING.ID);
    }

    Optional<MentoringRow> mentoringForUpdate(DSLContext tenant, long id) {
        return tenant.selectFrom(MENTORING)
                .where(MENTORING.ID.eq(id))
                .forUpdate()
                .fetchOptional(r -> new MentoringRow(
                        r.getId(), r.getMenteeNip(), r.getMentorNip(), r.getGoal(), r.getStartedOn(), r.getEndedOn()));
    }

    List<MentoringRow> mentorings(DSLContext tenant, @Nullable String nip) {
        var where = nip == null
                ? MENTORING.ID.isNotNull()
                : MENTORING.MENTEE_NIP.eq(nip).or(MENTORING.MENTOR_NIP.eq(nip));
        return tenant.selectFrom(MENTORING)
                .where(where)
                .orderBy(MENTORING.ENDED_ON.desc().nullsFirst(), MENTORING.ID)
                .fetch(r -> new MentoringRow(
                        r.getId(), r.getMenteeNip(), r.getMentorNip(), r.getGoal(), r.getStartedOn(), r.getEndedOn()));
    }

    void end(DSLContext tenant, long id, LocalDate endedOn) {
        tenant.update(MENTORING)
                .set(MENTORING.ENDED_ON, endedOn)
                .where(MENTORING.ID.eq(id))
                .execute();
    }

    void addMeeting(DSLContext tenant, long mentoringId, LocalDate heldOn, String notes, String actor) {
        tenant.insertInto(MENTORING_MEETING)
                .set(MENTORING_MEETING.MENTORING_ID, mentoringId)
                .set(MENTORING_MEETING.HELD_ON, heldOn)
                .set(MENTORING_MEETING.NOTES, notes)
                .set(MENTORING_MEETING.RECORDED_BY, actor)
                .execute();
    }

    Map<Long, List<Meeting>> meetings(DSLContext tenant, List<Long> mentoringIds) {
        return tenant.selectFrom(MENTORING_MEETING)
                .where(MENTORING_MEETING.MENTORING_ID.in(mentoringIds))
                .orderBy(MENTORING_MEETING.HELD_ON, MENTORING_MEETING.ID)
                .fetchGroups(
                        MENTORING_MEETING.MENTORING_ID,
                        r -> new Meeting(r.getId(), r.getHeldOn(), r.getNotes(), r.getRecordedBy()));
    }
}
