package id.meritasn.development;

import id.meritasn.development.DevelopmentRecords.ActionStatus;
import id.meritasn.development.PoolRecords.PoolSummary;
import id.meritasn.inbox.Caller;
import id.meritasn.inbox.Task;
import id.meritasn.inbox.TaskSource;
import id.meritasn.shared.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A superior's plans to agree; an employee's open actions of their agreed plan this year; for the talent committee,
 * the group's agreed plans to review and a newest pool not yet reviewed; for tenant admins, pool members whose
 * evidence runs out (training to plan).
 */
@Component
@Order(40)
class DevelopmentTasks implements TaskSource {

    private final DevelopmentPlanService plans;
    private final GroupPlanService groupPlans;
    private final PoolReviewService pool;

    DevelopmentTasks(DevelopmentPlanService plans, GroupPlanService groupPlans, PoolReviewService pool) {
        this.plans = plans;
        this.groupPlans = groupPlans;
        this.pool = pool;
    }

    @Override
    public List<Task> tasks(String agency, Caller caller) {
        List<Task> tasks = new ArrayList<>();
        if (caller.nip() != null) {
            add(
                    tasks,
                    "AGREE_DEVELOPMENT_PLANS",
                    DevelopmentTaskText.AGREE_PLANS,
                    plans.toAgree(agency).size(),
                    "/pengembangan");
            add(
                    tasks,
                    "FOLLOW_DEVELOPMENT_PLAN",
                    DevelopmentTaskText.FOLLOW_PLAN,
                    plans.plan(agency, null, null)
                            .filter(p -> p.status() == DevelopmentRecords.PlanStatus.AGREED)
                            .map(p -> (int) p.actions().stream()
                                    .filter(a -> a.status() == ActionStatus.PLANNED)
                                    .count())
                            .orElse(0),
                    "/pengembangan");
        }
        boolean committee = caller.has(Roles.TALENT_COMMITTEE);
        if (committee) {
            add(
                    tasks,
                    "REVIEW_GROUP_PLANS",
                    DevelopmentTaskText.REVIEW_GROUP_PLANS,
                    groupPlans.toReview(agency),
                    "/kelompok-talenta");
        }
        if (committee || caller.has(Roles.TENANT_ADMIN)) {
            PoolSummary summary = pool.summary(agency);
            if (committee && summary.period() != null && !summary.reviewed()) {
                int flags = summary.flags().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                tasks.add(new Task(
                        "REVIEW_POOL",
                        DevelopmentTaskText.REVIEW_POOL.with("period", summary.period(), "flags", flags),
                        1,
                        "/kelompok-talenta"));
            }
            if (caller.has(Roles.TENANT_ADMIN)) {
                add(
                        tasks,
                        "EVIDENCE_EXPIRING",
                        DevelopmentTaskText.EVIDENCE_EXPIRING,
                        summary.flags().getOrDefault("EVIDENCE_EXPIRING", 0),
                        "/kelompok-talenta");
            }
        }
        return tasks;
    }

    private static void add(List<Task> tasks, String kind, DevelopmentTaskText text, int count, String link) {
        if (count > 0) {
            tasks.add(new Task(kind, text.with("count", count), count, link));
        }
    }
}
