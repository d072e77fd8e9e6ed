package id.meritasn.development;

import static id.meritasn.jooq.t_template.Tables.DEVELOPMENT_ACTION;
import static id.meritasn.jooq.t_template.Tables.DEVELOPMENT_PLAN;

import id.meritasn.development.DevelopmentRecords.ActionKind;
import id.meritasn.development.DevelopmentRecords.ActionStatus;
import id.meritasn.development.DevelopmentRecords.Owner;
import id.meritasn.development.DevelopmentRecords.PlanStatus;
import id.meritasn.jooq.t_template.tables.records.DevelopmentActionRecord;
import id.meritasn.jooq.t_template.tables.records.DevelopmentPlanRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** An agency's development plans and their actions; takes the context TenantDatabase gave. */
@Repository
class DevelopmentRepository {

    record PlanRow(
            long id,
            String nip,
            int year,
            @Nullable Long periodId,
            @Nullable Integer box,
            PlanStatus status,
            String proposedBy,
            @Nullable String agreedBy) {}

    record ActionRow(
            long id,
            long planId,
            ActionKind kind,
            String title,
            String reason,
            @Nullable String competency,
            Owner owner,
            LocalDate dueOn,
            int hours,
            ActionStatus status,
            @Nullable String evidence,
            @Nullable LocalDate completedOn) {}

    Optional<PlanRow> plan(DSLContext tenant, String nip, int year) {
        return tenant.selectFrom(DEVELOPMENT_PLAN)
                .where(DEVELOPMENT_PLAN.NIP.eq(nip), DEVELOPMENT_PLAN.YEAR.eq((short) year))
                .fetchOptional(DevelopmentRepository::plan);
    }

    Optional<PlanRow> planForUpdate(DSLContext tenant, long id) {
        return tenant.selectFrom(DEVELOPMENT_PLAN)
                .where(DEVELOPMENT_PLAN.ID.eq(id))
                .forUpdate()
                .fetchOptional(DevelopmentRepository::plan);
    }

    List<PlanRow> plans(DSLContext tenant, int year, @Nullable Collection<String> nips) {
        var where = DEVELOPMENT_PLAN.YEAR.eq((short) year);
        if (nips != null) {
            where = where.and(DEVELOPMENT_PLAN.NIP.in(nips));
        }
        return tenant.selectFrom(DEVELOPMENT_PLAN)
                .where(where)
                .orderBy(DEVELOPMENT_PLAN.NIP)
                .fetch(DevelopmentRepository::plan);
    }

    /** Inserts the plan, or takes the year's PROPOSED plan back to a new proposal; returns its id. */
    long propose(
            DSLContext tenant, String nip, int year, @Nullable Long periodId, @Nullable Integer box, String actor) {
        return tenant.insertInto(DEVELOPMENT_PLAN)
                .set(DEVELOPMENT_PLAN.NIP, nip)
                .set(DEVELOPMENT_PLAN.YEAR, (short) year)
                .set(DEVELOPMENT_PLAN.PERIOD_ID, periodId)
                .set(DEVELOPMENT_PLAN.BOX, box == null ? null : box.shortValue())
                .set(DEVELOPMENT_PLAN.PROPOSED_BY, actor)
                .onConflict(DEVELOPMENT_PLAN.NIP, DEVELOPMENT_PLAN.YEAR)
                .doUpdate()
                .set(DEVELOPMENT_PLAN.PERIOD_ID, periodId)
                .set(DEVELOPMENT_PLAN.BOX, box == null ? null : box.shortValue())
                .set(DEVELOPMENT_PLAN.PROPOSED_BY, actor)
                .set(DEVELOPMENT_PLAN.PROPOSED_AT, DSL.currentOffsetDateTime())
                .where(DEVELOPMENT_PLAN.STATUS.eq(PlanStatus.PROPOSED.name()))
                .returning(DEVELOPMENT_PLAN.ID)
                .fetchOptional(DEVELOPMENT_PLAN.ID)
                // the service proposes again only a plan that is still PROPOSED
                .orElseThrow(() -> new IllegalStateException("The plan of " + nip + " for " + year + " is agreed."));
    }

    void replaceActions(DSLContext tenant, long planId, List<PlanProposal.Proposed> actions, LocalDate dueOn) {
        tenant.deleteFrom(DEVELOPMENT_ACTION)
                .where(DEVELOPMENT_ACTION.PLAN_ID.eq(planId))
                .execute();
        for (PlanProposal.Proposed a : actions) {
            tenant.insertInto(DEVELOPMENT_ACTION)
                    .set(DEVELOPMENT_ACTION.PLAN_ID, planId)
                    .set(DEVELOPMENT_ACTION.KIND, a.kind().name())
                    .set(DEVELOPMENT_ACTION.TITLE, a.title())
                    .set(DEVELOPMENT_ACTION.REASON, a.reason())
                    .set(DEVELOPMENT_ACTION.COMPETENCY, a.competency())
                    .set(DEVELOPMENT_ACTION.OWNER, a.owner().name())
                    .set(DEVELOPMENT_ACTION.DUE_ON, dueOn)
                    .set(DEVELOPMENT_ACTION.HOURS, (short) a.hours())
                    .execute();
        }
    }

    void agree(DSLContext tenant, long planId, String actor) {
        tenant.update(DEVELOPMENT_PLAN)
                .set(DEVELOPMENT_PLAN.STATUS, PlanStatus.AGREED.name())
                .set(DEVELOPMENT_PLAN.AGREED_BY, actor)
                .set(DEVELOPMENT_PLAN.AGREED_AT, DSL.currentOffsetDateTime())
                .where(DEVELOPMENT_PLAN.ID.eq(planId))
                .execute();
    }

    List<ActionRow> actions(DSLContext tenant, long planId) {
        return tenant.selectFrom(DEVELOPMENT_ACTION)
                .where(DEVELOPMENT_ACTION.PLAN_ID.eq(planId))
                .orderBy(DEVELOPMENT_ACTION.ID)
                .fetch(DevelopmentRepository::action);
    }

    /** Actions, actions done and hours planned of a plan. */
    record ActionTally(int actions, int done, int hours) {}

    Map<Long, ActionTally> tallies(DSLContext tenant, Collection<Long> planIds) {
        var a = DEVELOPMENT_ACTION;
        return tenant.select(
                        a.PLAN_ID,
                        DSL.count(),
                        DSL.count().filterWhere(a.STATUS.eq(ActionStatus.DONE.name())),
                        DSL.coalesce(
                                DSL.sum(a.HOURS).filterWhere(a.STATUS.ne(ActionStatus.CANCELLED.name())),
                                DSL.inline(java.math.BigDecimal.ZERO)))
                .from(a)
                .where(a.PLAN_ID.in(planIds))
                .groupBy(a.PLAN_ID)
                .fetchMap(
                        r -> r.value1(),
                        r -> new ActionTally(r.value2(), r.value3(), r.value4().intValue()));
    }

    Optional<ActionRow> actionForUpdate(DSLContext tenant, long id) {
        return tenant.selectFrom(DEVELOPMENT_ACTION)
                .where(DEVELOPMENT_ACTION.ID.eq(id))
                .forUpdate()
                .fetchOptional(DevelopmentRepository::action);
    }

    void complete(DSLContext tenant, long actionId, String evidence, LocalDate completedOn, String actor) {
        tenant.update(DEVELOPMENT_ACTION)
                .set(DEVELOPMENT_ACTION.STATUS, ActionStatus.DONE.name())
                .set(DEVELOPMENT_ACTION.EVIDENCE, evidence)
                .set(DEVELOPMENT_ACTION.COMPLETED_ON, completedOn)
                .set(DEVELOPMENT_ACTION.UPDATED_BY, actor)
                .set(DEVELOPMENT_ACTION.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(DEVELOPMENT_ACTION.ID.eq(actionId))
                .execute();
    }

    private static PlanRow plan(DevelopmentPlanRecord r) {
        return new PlanRow(
                r.getId(),
                r.getNip(),
                r.getYear(),
                r.getPeriodId(),
                r.getBox() == null ? null : r.getBox().intValue(),
                PlanStatus.valueOf(r.getStatus()),
                r.getProposedBy(),
                r.getAgreedBy());
    }

    private static ActionRow action(DevelopmentActionRecord r) {
        return new ActionRow(
                r.getId(),
                r.getPlanId(),
                ActionKind.valueOf(r.getKind()),
                r.getTitle(),
                r.getReason(),
                r.getCompetency(),
                Owner.valueOf(r.getOwner()),
                r.getDueOn(),
                r.getHours(),
                ActionStatus.valueOf(r.getStatus()),
                r.getEvidence(),
                r.getCompletedOn());
    }
}
