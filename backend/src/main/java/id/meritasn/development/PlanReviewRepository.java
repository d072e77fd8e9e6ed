package id.meritasn.development;

import static id.meritasn.jooq.t_template.Tables.DEVELOPMENT_PLAN;
import static id.meritasn.jooq.t_template.Tables.DEVELOPMENT_PLAN_REVIEW;

import id.meritasn.development.DevelopmentRecords.PlanReview;
import id.meritasn.development.DevelopmentRecords.Verdict;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The committee's reviews of development plans; takes the context TenantDatabase gave. */
@Repository
class PlanReviewRepository {

    void add(DSLContext tenant, long planId, Verdict verdict, String note, String actor) {
        tenant.insertInto(DEVELOPMENT_PLAN_REVIEW)
                .set(DEVELOPMENT_PLAN_REVIEW.PLAN_ID, planId)
                .set(DEVELOPMENT_PLAN_REVIEW.VERDICT, verdict.name())
                .set(DEVELOPMENT_PLAN_REVIEW.NOTE, note)
                .set(DEVELOPMENT_PLAN_REVIEW.REVIEWED_BY, actor)
                .execute();
    }

    /** The newest review of each plan that has one, and whether it came after the plan was agreed. */
    Map<Long, PlanReview> newest(DSLContext tenant, Collection<Long> planIds) {
        var r = DEVELOPMENT_PLAN_REVIEW;
        var p = DEVELOPMENT_PLAN;
        return tenant
                .select(r.PLAN_ID, r.VERDICT, r.NOTE, r.REVIEWED_BY, r.REVIEWED_AT, p.AGREED_AT)
                .distinctOn(r.PLAN_ID)
                .from(r)
                .join(p)
                .on(p.ID.eq(r.PLAN_ID))
                .where(r.PLAN_ID.in(planIds))
                .orderBy(r.PLAN_ID, r.ID.desc())
                .fetch()
                .stream()
                .collect(Collectors.toMap(
                        row -> row.get(r.PLAN_ID),
                        row -> new PlanReview(
                                Verdict.valueOf(row.get(r.VERDICT)),
                                row.get(r.NOTE),
                                row.get(r.REVIEWED_BY),
                                row.get(r.REVIEWED_AT),
                                row.get(p.AGREED_AT) != null
                                        && !row.get(r.REVIEWED_AT).isBefore(row.get(p.AGREED_AT)))));
    }
}
