package id.meritasn.development;

import id.meritasn.development.DevelopmentRecords.ActionStatus;
import id.meritasn.inbox.Caller;
import id.meritasn.inbox.Task;
import id.meritasn.inbox.TaskSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** A superior's plans to agree; an employee's open actions of their agreed plan this year. */
@Component
@Order(40)
class DevelopmentTasks implements TaskSource {

    private final DevelopmentPlanService plans;

    DevelopmentTasks(DevelopmentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<Task> tasks(String agency, Caller caller) {
        if (caller.nip() == null) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        int toAgree = plans.toAgree(agency).size();
        if (toAgree > 0) {
            tasks.add(new Task("AGREE_DEVELOPMENT_PLANS", DevelopmentTaskText.AGREE_PLANS.with("count", toAgree),
                    toAgree, "/pengembangan"));
        }
        int open = plans.plan(agency, null, null).filter(p -> p.status() == DevelopmentRecords.PlanStatus.AGREED)
                .map(p -> (int) p.actions().stream().filter(a -> a.status() == ActionStatus.PLANNED).count()).orElse(0);
        if (open > 0) {
            tasks.add(new Task("FOLLOW_DEVELOPMENT_PLAN", DevelopmentTaskText.FOLLOW_PLAN.with("count", open), open,
                    "/pengembangan"));
        }
        return tasks;
    }
}
