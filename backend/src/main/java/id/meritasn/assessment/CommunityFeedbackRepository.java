package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.COMMUNITY_FEEDBACK;

import id.meritasn.shared.db.AnyOf;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Community submissions. The submitter reference is written here and never read back out. */
@Repository
class CommunityFeedbackRepository {

    /** Inserts unless this person already submitted for the employee in the period; returns the new id, if any. */
    Optional<Long> insert(
            DSLContext tenant,
            long periodId,
            String nip,
            String submitterRef,
            String channel,
            int score,
            @Nullable String comment,
            String actor) {
        return tenant.insertInto(COMMUNITY_FEEDBACK)
                .set(COMMUNITY_FEEDBACK.PERIOD_ID, periodId)
                .set(COMMUNITY_FEEDBACK.NIP, nip)
                .set(COMMUNITY_FEEDBACK.SUBMITTER_REF, submitterRef)
                .set(COMMUNITY_FEEDBACK.CHANNEL, channel)
                .set(COMMUNITY_FEEDBACK.SCORE, (short) score)
                .set(COMMUNITY_FEEDBACK.COMMENT, comment)
                .set(COMMUNITY_FEEDBACK.SUBMITTED_BY, actor)
                .onConflictDoNothing()
                .returning(COMMUNITY_FEEDBACK.ID)
                .fetchOptional(COMMUNITY_FEEDBACK.ID);
    }

    Optional<CommunityFeedbackService.Submission> find(DSLContext tenant, long id) {
        return tenant.selectFrom(COMMUNITY_FEEDBACK)
                .where(COMMUNITY_FEEDBACK.ID.eq(id))
                .fetchOptional(this::toSubmission);
    }

    /**
     * A page of submissions, keyset on id: the PENDING queue oldest first (first come, first moderated); APPROVED and
     * REJECTED newest first (a moderator looks for what was just decided, not for the first of thousands).
     */
    List<CommunityFeedbackService.Submission> page(
            DSLContext tenant, long periodId, String status, @Nullable Long afterId, int limit) {
        boolean queue = status.equals("PENDING");
        return tenant.selectFrom(COMMUNITY_FEEDBACK)
                .where(COMMUNITY_FEEDBACK.PERIOD_ID.eq(periodId).and(COMMUNITY_FEEDBACK.STATUS.eq(status)))
                .and(
                        afterId == null
                                ? DSL.noCondition()
                                : queue ? COMMUNITY_FEEDBACK.ID.gt(afterId) : COMMUNITY_FEEDBACK.ID.lt(afterId))
                .orderBy(queue ? COMMUNITY_FEEDBACK.ID.asc() : COMMUNITY_FEEDBACK.ID.desc())
                .limit(limit)
                .fetch(this::toSubmission);
    }

    void moderate(DSLContext tenant, long id, String status, @Nullable String reason, String actor) {
        tenant.update(COMMUNITY_FEEDBACK)
                .set(COMMUNITY_FEEDBACK.STATUS, status)
                .set(COMMUNITY_FEEDBACK.MODERATION_REASON, reason)
                .set(COMMUNITY_FEEDBACK.MODERATED_BY, actor)
                .set(COMMUNITY_FEEDBACK.MODERATED_AT, DSL.currentOffsetDateTime())
                .where(COMMUNITY_FEEDBACK.ID.eq(id))
                .execute();
    }

    /** Approved submissions per employee: count and mean score, for the score engine. */
    Map<String, AssessmentInputs.Community> approved(DSLContext tenant, long periodId, Collection<String> nips) {
        Map<String, AssessmentInputs.Community> result = new HashMap<>();
        tenant.select(COMMUNITY_FEEDBACK.NIP, DSL.count(), DSL.sum(COMMUNITY_FEEDBACK.SCORE))
                .from(COMMUNITY_FEEDBACK)
                .where(COMMUNITY_FEEDBACK
                        .PERIOD_ID
                        .eq(periodId)
                        .and(AnyOf.strings(COMMUNITY_FEEDBACK.NIP, nips))
                        .and(COMMUNITY_FEEDBACK.STATUS.eq("APPROVED")))
                .groupBy(COMMUNITY_FEEDBACK.NIP)
                .forEach(r -> result.put(
                        r.value1(),
                        new AssessmentInputs.Community(
                                r.value2(),
                                r.value3().divide(BigDecimal.valueOf(r.value2()), 2, RoundingMode.HALF_UP))));
        return result;
    }

    private CommunityFeedbackService.Submission toSubmission(
            id.meritasn.jooq.t_template.tables.records.CommunityFeedbackRecord r) {
        return new CommunityFeedbackService.Submission(
                r.getId(),
                r.getPeriodId(),
                r.getNip(),
                r.getChannel(),
                r.getScore(),
                r.getComment(),
                CommunityFeedbackService.Status.valueOf(r.getStatus()),
                r.getSubmittedAt(),
                r.getModeratedBy(),
                r.getModerationReason());
    }

    /**
     * Demo submissions: three to six approved ones for every active holder of a position that serves the public,
     * scored 3-5 by a hash (the agency's service app verified each person; the reference stands in for the NIK).
     */
    int demoApproved(DSLContext tenant, long periodId) {
        return tenant.execute("""
                INSERT INTO community_feedback (period_id, nip, submitter_ref, channel, score, status, submitted_by,
                                                moderated_by, moderated_at)
                SELECT ?, e.nip, md5(e.nip || '|' || n), 'Aplikasi layanan (data demo)',
                       3 + abs(hashtext(e.nip || n)) % 3, 'APPROVED', 'system', 'system', now()
                FROM employee e JOIN jabatan j ON j.id = e.jabatan_id AND j.serves_public
                     CROSS JOIN LATERAL generate_series(1, 3 + abs(hashtext(e.nip)) % 4) n
                WHERE e.status = 'ACTIVE'
                ON CONFLICT DO NOTHING""", periodId);
    }
}
