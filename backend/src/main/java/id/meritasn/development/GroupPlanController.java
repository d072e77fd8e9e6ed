package id.meritasn.development;

import id.meritasn.development.DevelopmentController.DevelopmentRefusal;
import id.meritasn.development.DevelopmentRecords.GroupPlan;
import id.meritasn.shared.graphql.CurrentAgency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of the committee's review of the succession group's development plans. */
@Controller
class GroupPlanController {

    record ReviewInput(String nip, String verdict, String note) {}

    record GroupDevelopmentPlanPayload(@Nullable GroupPlan groupPlan, List<DevelopmentRefusal> errors) {}

    private final GroupPlanService groupPlans;

    GroupPlanController(GroupPlanService groupPlans) {
        this.groupPlans = groupPlans;
    }

    @QueryMapping
    List<GroupPlan> groupDevelopmentPlans(@CurrentAgency String agency) {
        return groupPlans.groupPlans(agency);
    }

    @MutationMapping
    GroupDevelopmentPlanPayload reviewDevelopmentPlan(
            @CurrentAgency String agency, @Argument ReviewInput input, Authentication caller) {
        var reviewed = groupPlans.review(agency, input.nip(), input.verdict(), input.note(), caller.getName());
        return new GroupDevelopmentPlanPayload(reviewed.valueOrNull(), DevelopmentController.refusals(reviewed));
    }
}
