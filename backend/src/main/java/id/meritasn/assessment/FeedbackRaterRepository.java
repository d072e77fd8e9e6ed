package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.FEEDBACK_360;
import static id.meritasn.jooq.t_template.Tables.FEEDBACK_RATER;

import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRaterRepository {

    /** Inserts the derived assignments that are not there yet; operators' additions and removals stay. */
    int insertDerived(DSLContext tenant, long periodId, List<RaterDerivation.Assignment> assignments, String actor) {
        int inserted = 0;
        for (int from = 0; from < assignments.size(); from += 2000) {
            var insert = tenant.insertInto(
                    FEEDBACK_RATER,
                    FEEDBACK_RATER.PERIOD_ID,
                    FEEDBACK_RATER.RATEE_NIP,
                    FEEDBACK_RATER.RATER_NIP,
                    FEEDBACK_RATER.RATER_GROUP,
                    FEEDBACK_RATER.SOURCE,
                    FEEDBACK_RATER.CHANGED_BY);
            for (RaterDerivation.Assignment a : assignments.subList(from, Math.min(assignments.size(), from + 2000))) {
                insert = insert.values(periodId, a.ratee(), a.rater(), a.group().name(), "DERIVED", actor);
            }
            inserted += insert.onConflictDoNothing().execute();
        }
        return inserted;
    }

    void add(
            DSLContext tenant,
            long periodId,
            String ratee,
            String rater,
            RaterGroup group,
            String reason,
            String actor) {
        tenant.insertInto(FEEDBACK_RATER)
                .set(FEEDBACK_RATER.PERIOD_ID, periodId)
                .set(FEEDBACK_RATER.RATEE_NIP, ratee)
                .set(FEEDBACK_RATER.RATER_NIP, rater)
                .set(FEEDBACK_RATER.RATER_GROUP, group.name())
                .set(FEEDBACK_RATER.SOURCE, "ADDED")
                .set(FEEDBACK_RATER.REASON, reason)
                .set(FEEDBACK_RATER.CHANGED_BY, actor)
                .onConflict(FEEDBACK_RATER.PERIOD_ID, FEEDBACK_RATER.RATEE_NIP, FEEDBACK_RATER.RATER_NIP)
                .doUpdate()
                .set(FEEDBACK_RATER.RATER_GROUP, group.name())
                .set(FEEDBACK_RATER.SOURCE, "ADDED")
                .set(FEEDBACK_RATER.REASON, reason)
                .set(FEEDBACK_RATER.REMOVED, false)
                .set(FEEDBACK_RATER.CHANGED_BY, actor)
                .set(FEEDBACK_RATER.CHANGED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    /** Marks an active assignment removed with its reason; false when there was none. */
    boolean remove(DSLContext tenant, long periodId, String ratee, String rater, String reason, String actor) {
        return tenant.update(FEEDBACK_RATER)
                        .set(FEEDBACK_RATER.REMOVED, true)
                        .set(FEEDBACK_RATER.REASON, reason)
                        .set(FEEDBACK_RATER.CHANGED_BY, actor)
                        .set(FEEDBACK_RATER.CHANGED_AT, DSL.currentOffsetDateTime())
                        .where(FEEDBACK_RATER
                                .PERIOD_ID
                                .eq(periodId)
                                .and(FEEDBACK_RATER.RATEE_NIP.eq(ratee))
                                .and(FEEDBACK_RATER.RATER_NIP.eq(rater))
                                .and(FEEDBACK_RATER.REMOVED.isFalse()))
                        .execute()
                == 1;
    }

    /** The rater's group for this ratee, if the rater is assigned and not removed. */
    Optional<RaterGroup> group(DSLContext tenant, long periodId, String ratee, String rater) {
        return tenant.select(FEEDBACK_RATER.RATER_GROUP)
                .from(FEEDBACK_RATER)
                .where(FEEDBACK_RATER
                        .PERIOD_ID
                        .eq(periodId)
                        .and(FEEDBACK_RATER.RATEE_NIP.eq(ratee))
                        .and(FEEDBACK_RATER.RATER_NIP.eq(rater))
                        .and(FEEDBACK_RATER.REMOVED.isFalse()))
                .fetchOptional(r -> RaterGroup.valueOf(r.value1()));
    }

    /** Everyone assigned to a ratee, removed ones included (with why), for operators. */
    List<FeedbackService.Rater> raters(DSLContext tenant, long periodId, String ratee) {
        return tenant.selectFrom(FEEDBACK_RATER)
                .where(FEEDBACK_RATER.PERIOD_ID.eq(periodId).and(FEEDBACK_RATER.RATEE_NIP.eq(ratee)))
                .orderBy(FEEDBACK_RATER.RATER_GROUP, FEEDBACK_RATER.RATER_NIP)
                .fetch(r -> new FeedbackService.Rater(
                        r.getRateeNip(),
                        r.getRaterNip(),
                        RaterGroup.valueOf(r.getRaterGroup()),
                        r.getSource(),
                        r.getRemoved(),
                        r.getReason()));
    }

    /** The colleagues a rater is asked to rate, and whether their answer for each is in (by its reference). */
    List<Task> tasks(DSLContext tenant, long periodId, String rater, String raterRef) {
        return tenant.select(FEEDBACK_RATER.RATEE_NIP, FEEDBACK_RATER.RATER_GROUP, FEEDBACK_360.SCORE)
                .from(FEEDBACK_RATER)
                .leftJoin(FEEDBACK_360)
                .on(FEEDBACK_360
                        .PERIOD_ID
                        .eq(FEEDBACK_RATER.PERIOD_ID)
                        .and(FEEDBACK_360.NIP.eq(FEEDBACK_RATER.RATEE_NIP))
                        .and(FEEDBACK_360.RATER_REF.eq(raterRef)))
                .where(FEEDBACK_RATER
                        .PERIOD_ID
                        .eq(periodId)
                        .and(FEEDBACK_RATER.RATER_NIP.eq(rater))
                        .and(FEEDBACK_RATER.REMOVED.isFalse()))
                .orderBy(FEEDBACK_RATER.RATER_GROUP, FEEDBACK_RATER.RATEE_NIP)
                .fetch(r -> new Task(
                        r.value1(),
                        RaterGroup.valueOf(r.value2()),
                        r.value3() == null ? null : r.value3().intValue()));
    }

    /**
     * Demo answers: every active assignment answered 3-5 by a hash of both NIPs, the rater's reference computed as
     * {@link FeedbackService#raterRef} does (SHA-256 of agency|period|NIP), so a demo rater sees their answer.
     */
    int demoAnswers(DSLContext tenant, String agency, long periodId) {
        return tenant.execute("""
                INSERT INTO feedback_360 (period_id, nip, rater_ref, rater_group, score)
                SELECT period_id, ratee_nip,
                       encode(sha256(convert_to(? || '|' || period_id || '|' || rater_nip, 'UTF8')), 'hex'),
                       rater_group, 3 + abs(hashtext(ratee_nip || rater_nip)) % 3
                FROM feedback_rater WHERE period_id = ? AND NOT removed
                ON CONFLICT DO NOTHING""", agency, periodId);
    }

    record Task(
            String ratee,
            RaterGroup group,
            @org.jspecify.annotations.Nullable Integer score) {}

    /** A removed rater's answer no longer counts. */
    void deleteFeedback(DSLContext tenant, long periodId, String ratee, String raterRef) {
        tenant.deleteFrom(FEEDBACK_360)
                .where(FEEDBACK_360
                        .PERIOD_ID
                        .eq(periodId)
                        .and(FEEDBACK_360.NIP.eq(ratee))
                        .and(FEEDBACK_360.RATER_REF.eq(raterRef)))
                .execute();
    }
}
