package id.meritasn.development;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.DemoMaps;
import id.meritasn.assessment.RubricService;
import id.meritasn.assessment.Superiors;
import id.meritasn.employee.DemoData;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.HistoryEntry;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionPlanningService;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.support.AgencyPeople;
import id.meritasn.support.Inboxes;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The committee's review of the succession group's plans on the demo's data: the group is the newest published pool,
 * in its order, each with this year's plan as the plan itself says; only agreed plans are reviewed, only by the
 * committee, only for members of the group; a review is kept with the plan and mailed; the inbox counts what waits.
 * The committee's inbox asks for a review of a pool nobody reviewed, and the admin's names pool members whose
 * evidence runs out, as the pool review counts them.
 */
class GroupPlanIT extends PlatformIntegrationTest {

    static final String GROUP = "{ groupDevelopmentPlans { nip box planStatus actions actionsDone plannedHours toReview"
            + " review { verdict note reviewedBy current } } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    ApplicationContext context;

    @Autowired
    Superiors superiors;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SuccessionPlanningService planning;

    @Autowired
    EmployeeService employees;

    @Autowired
    RubricService rubrics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> group(HttpGraphQlTester who) {
        return who.document(GROUP).execute().path("groupDevelopmentPlans").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    static Map<String, Object> of(List<Map<String, Object>> group, String nip) {
        return group.stream().filter(g -> g.get("nip").equals(nip)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> review(HttpGraphQlTester who, String nip, String verdict, String note) {
        return who.document("mutation { reviewDevelopmentPlan(input: {nip: \"" + nip + "\", verdict: \"" + verdict
                        + "\", note: \"" + note + "\"}) { groupPlan { nip toReview review { verdict note current } }"
                        + " errors { reason field message } } }")
                .execute()
                .path("reviewDevelopmentPlan")
                .entity(Map.class)
                .get();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_committee_reviews_the_agreed_plans_of_the_group_and_the_inbox_follows() {
        AgencyPeople people = AgencyPeople.provision(graphQl, provisioning, "grp");
        String agency = people.agency();
        DemoData.fill(context, agency, 300, LocalDate.of(2026, 12, 1), 41);
        DemoMaps.seed(context, agency);
        long published = SystemActor.callForAgency(
                agency,
                () -> assessments.periods(agency).stream()
                        .filter(p -> p.status() == PeriodStatus.PUBLISHED)
                        .findFirst()
                        .orElseThrow()
                        .id());
        List<PoolMember> pool = SystemActor.callForAgency(agency, () -> planning.talentPool(agency, published));
        Map<String, String> bosses = SystemActor.callForAgency(agency, () -> superiors.all(agency));
        List<String> withBoss = pool.stream()
                .map(PoolMember::nip)
                .filter(bosses::containsKey)
                .limit(2)
                .toList();
        assertThat(withBoss).as("two pool members with a direct superior").hasSize(2);
        String agreed = withBoss.get(0);
        String proposed = withBoss.get(1);
        String outsider = SystemActor.callForAgency(agency, () -> employees.activeNips(agency)).stream()
                .filter(n -> pool.stream().noneMatch(m -> m.nip().equals(n)))
                .findFirst()
                .orElseThrow();
        // the last certificate of one member (none newer) leaves its window within the year: the admin is told
        int window = SystemActor.callForAgency(agency, () -> rubrics.inForce(agency, null))
                .rubric()
                .certificateWindowYears();
        LocalDate certified = LocalDate.now(clock).minusYears(window).plusMonths(3);
        Map<String, List<TrainingEntry>> trainings =
                SystemActor.callForAgency(agency, () -> (Map<String, List<TrainingEntry>>) employees.histories(
                        agency,
                        EmployeeService.HistoryView.TRAININGS,
                        pool.stream().map(PoolMember::nip).toList()));
        String expiring = pool.stream()
                .map(PoolMember::nip)
                .filter(n -> trainings.getOrDefault(n, List.of()).stream()
                        .noneMatch(t -> t.kind().equals("CERTIFICATE")
                                && !t.completedOn().isBefore(certified)))
                .findFirst()
                .orElseThrow();
        SystemActor.callForAgency(
                agency,
                () -> employees.addHistory(
                        agency,
                        new HistoryEntry(
                                expiring,
                                HistoryEntry.Kind.CERTIFICATE,
                                null,
                                "Sertifikat Kepemimpinan",
                                "LAN",
                                certified,
                                null,
                                20),
                        "test"));

        HttpGraphQlTester committee = people.as("komite." + agency, "talent-committee", null);
        HttpGraphQlTester admin = people.as("admin." + agency, "tenant-admin", null);
        HttpGraphQlTester employee = people.as("employee", agreed);

        // the group is the pool, in its order, with no plans yet
        List<Map<String, Object>> before = group(committee);
        assertThat(before)
                .extracting(g -> g.get("nip"))
                .containsExactlyElementsOf(pool.stream().map(PoolMember::nip).toList());
        assertThat(before)
                .extracting(g -> g.get("box"))
                .containsExactlyElementsOf(pool.stream().map(PoolMember::box).toList());
        assertThat(before)
                .allSatisfy(g -> assertThat(g).containsEntry("planStatus", null).containsEntry("toReview", false));

        // one member's plan proposed and agreed by the superior, another's only proposed
        Map<String, Object> plan = DevelopmentPlanIT.plan(employee, "proposeDevelopmentPlan", "{}", false);
        DevelopmentPlanIT.plan(
                people.as("employee", bosses.get(agreed)), "agreeDevelopmentPlan", "{nip: \"" + agreed + "\"}", false);
        DevelopmentPlanIT.plan(people.as("employee", proposed), "proposeDevelopmentPlan", "{}", false);

        List<Map<String, Object>> now = group(committee);
        assertThat(of(now, agreed))
                .containsEntry("planStatus", "AGREED")
                .containsEntry("toReview", true)
                .containsEntry("actions", DevelopmentPlanIT.actions(plan).size())
                .containsEntry("actionsDone", 0)
                .containsEntry("plannedHours", plan.get("plannedHours"))
                .containsEntry("review", null);
        assertThat(of(now, proposed)).containsEntry("planStatus", "PROPOSED").containsEntry("toReview", false);
        int waiting =
                (int) now.stream().filter(g -> (Boolean) g.get("toReview")).count();
        assertThat(Inboxes.waiting(committee, "REVIEW_GROUP_PLANS"))
                .isEqualTo(waiting)
                .isEqualTo(1);
        assertThat(Inboxes.task(committee, "REVIEW_GROUP_PLANS")).containsEntry("link", "/kelompok-talenta");

        // refused, each for its field, and nothing kept: a plan not agreed, someone outside the group, a short
        // note, an unknown verdict; an employee and a tenant admin may not review at all
        assertThat(review(committee, proposed, "ENDORSED", "Rencana sesuai kebutuhan jabatan target")
                        .get("errors"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e)
                        .containsEntry("reason", "WRONG_STATE")
                        .containsEntry("field", "nip"));
        assertThat(review(committee, outsider, "ENDORSED", "Rencana sesuai kebutuhan jabatan target")
                        .get("errors"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e)
                        .containsEntry("reason", "NOT_FOUND")
                        .containsEntry("field", "nip"));
        assertThat(review(committee, agreed, "ENDORSED", "singkat").get("errors"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e)
                        .containsEntry("reason", "INVALID_INPUT")
                        .containsEntry("field", "note"));
        assertThat(review(committee, agreed, "MUNGKIN", "Rencana sesuai kebutuhan jabatan target")
                        .get("errors"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(e -> assertThat((Map<String, Object>) e)
                        .containsEntry("reason", "INVALID_INPUT")
                        .containsEntry("field", "verdict"));
        for (HttpGraphQlTester refused : List.of(employee, admin)) {
            refused.document("mutation { reviewDevelopmentPlan(input: {nip: \"" + agreed + "\", verdict: \"ENDORSED\","
                            + " note: \"Rencana sesuai kebutuhan jabatan target\"}) { errors { reason } } }")
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".development_plan_review", Integer.class))
                .isZero();

        // a revision asked for: kept with the plan, mailed to the employee and the superior, nothing left to review
        Map<String, Object> revised = review(committee, agreed, "REVISE", "Tambahkan penugasan lintas unit");
        assertThat((List<?>) revised.get("errors")).isEmpty();
        assertThat((Map<String, Object>) revised.get("groupPlan")).containsEntry("toReview", false);
        assertThat(of(group(committee), agreed).get("review"))
                .isEqualTo(Map.of(
                        "verdict",
                        "REVISE",
                        "note",
                        "Tambahkan penugasan lintas unit",
                        "reviewedBy",
                        "komite." + agency,
                        "current",
                        true));
        assertThat(jdbc.queryForList(
                        "SELECT target FROM t_" + agency + ".notification_outbox WHERE kind ="
                                + " 'PLAN_REVISION_ASKED' ORDER BY id",
                        String.class))
                .containsExactly(agreed, bosses.get(agreed));
        assertThat(Inboxes.waiting(committee, "REVIEW_GROUP_PLANS")).isZero();
        // a later word replaces it as the current one; both are kept
        review(committee, agreed, "ENDORSED", "Penugasan lintas unit sudah ditambahkan");
        assertThat(of(group(committee), agreed).get("review"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("verdict", "ENDORSED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".development_plan_review", Integer.class))
                .isEqualTo(2);

        // the pool: not reviewed yet (committee), evidence running out (admin), as the pool review counts them
        Map<String, Object> poolReview = committee
                .document("{ talentPoolReview { period flags { kind nip } } }")
                .execute()
                .path("talentPoolReview")
                .entity(Map.class)
                .get();
        List<Map<String, Object>> flags = (List<Map<String, Object>>) poolReview.get("flags");
        assertThat(flags)
                .anySatisfy(f ->
                        assertThat(f).containsEntry("kind", "EVIDENCE_EXPIRING").containsEntry("nip", expiring));
        assertThat(Inboxes.waiting(admin, "EVIDENCE_EXPIRING")).isEqualTo((int) flags.stream()
                .filter(f -> f.get("kind").equals("EVIDENCE_EXPIRING"))
                .count());
        Map<String, Object> reviewPool = Inboxes.task(committee, "REVIEW_POOL");
        assertThat(((Map<String, Object>) reviewPool.get("text"))
                        .get("indonesian")
                        .toString())
                .contains((String) poolReview.get("period"))
                .contains(flags.size() + " catatan");
        committee
                .document(
                        "mutation { recordPoolReview(input: {heldOn: \"" + LocalDate.now(clock) + "\", outcome:"
                                + " \"Kelompok ditinjau; rencana pelatihan untuk sertifikat yang habis masa berlakunya\"}) { errors { field } } }")
                .execute()
                .path("recordPoolReview.errors")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(Inboxes.waiting(committee, "REVIEW_POOL"))
                .as("the review is recorded")
                .isZero();
    }
}
