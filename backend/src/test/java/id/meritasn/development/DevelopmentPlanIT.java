package id.meritasn.development;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.DemoMaps;
import id.meritasn.assessment.Indicator;
import id.meritasn.assessment.Superiors;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.employee.DemoData;
import id.meritasn.employee.EmployeeRecords.CompetencyRequirement;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.Inboxes;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/**
 * A development plan through its life on the demo's data, each figure against the data it comes from: proposed by
 * the employee from their published box and their gaps against the position's standard; agreed by their direct
 * superior only; an action recorded done by the superior only, with evidence, which lands in the training record,
 * adds its hours and is evidence of the open period's competency-development indicator.
 */
class DevelopmentPlanIT extends PlatformIntegrationTest {

    static final String PLAN = "id nip status box superiorNip plannedHours learningHours requiredHours"
            + " actions { id kind title competency hours status owner reason { code indonesian } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    ApplicationContext context;

    @Autowired
    Superiors superiors;

    @Autowired
    TalentMapService talentMaps;

    @Autowired
    EmployeeService employees;

    @Autowired
    OrganizationService organization;

    @Autowired
    AssessmentService assessments;

    HttpGraphQlTester person(String agency, String nip) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder("p" + nip, "employee")
                                        .claims(Map.of("organization", List.of(agency), "nip", nip))
                                        .mint())
                .build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plan(HttpGraphQlTester who, String mutation, String input, boolean refused) {
        var response = who.document("mutation { " + mutation + "(input: " + input + ") { plan { " + PLAN + " }"
                        + " errors { reason field message } } }")
                .execute();
        if (refused) {
            return response.path(mutation + ".errors[0]").entity(Map.class).get();
        }
        response.path(mutation + ".errors").entityList(Object.class).hasSize(0);
        return response.path(mutation + ".plan").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> actions(Map<String, Object> plan) {
        return (List<Map<String, Object>>) plan.get("actions");
    }

    @Test
    void a_plan_is_proposed_from_the_data_agreed_by_the_superior_and_its_completed_learning_counts() {
        String agency = UniqueKeys.next("idp");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        DemoData.fill(context, agency, 300, LocalDate.of(2026, 12, 1), 23);
        DemoMaps.seed(context, agency);

        // an employee with a published box, a position with a standard, and a superior
        record Subject(String nip, String superior, int box, Map<String, Integer> gaps, long openPeriod) {}
        Subject subject = SystemActor.callForAgency(agency, () -> {
            Map<String, String> bosses = superiors.all(agency);
            long published = assessments.periods(agency).stream()
                    .filter(p -> p.status() == PeriodStatus.PUBLISHED)
                    .findFirst()
                    .orElseThrow()
                    .id();
            long open = assessments.periods(agency).stream()
                    .filter(p -> p.status() == PeriodStatus.OPEN)
                    .findFirst()
                    .orElseThrow()
                    .id();
            for (String nip : bosses.keySet().stream().sorted().toList()) {
                var box = talentMaps.history(agency, nip).stream()
                        .filter(r -> r.period().id() == published)
                        .findFirst()
                        .map(r -> r.finalBox())
                        .orElse(null);
                Employee employee = employees.find(agency, nip).orElseThrow();
                if (box == null || employee.positionId() == null) {
                    continue;
                }
                List<CompetencyRequirement> standard = organization
                        .standards(agency, List.of(employee.positionId()))
                        .getOrDefault(employee.positionId(), List.of());
                Map<String, Integer> achieved = talentMaps
                        .competencyLevels(agency, published, List.of(nip))
                        .getOrDefault(nip, Map.of());
                Map<String, Integer> gaps = new HashMap<>();
                standard.stream()
                        .filter(r -> achieved.getOrDefault(r.competency(), 0) < r.requiredLevel())
                        .forEach(r ->
                                gaps.put(r.competency(), r.requiredLevel() - achieved.getOrDefault(r.competency(), 0)));
                if (!standard.isEmpty()) {
                    return new Subject(nip, bosses.get(nip), box, gaps, open);
                }
            }
            throw new IllegalStateException("No demo employee with a box, a standard and a superior");
        });
        HttpGraphQlTester employee = person(agency, subject.nip());
        HttpGraphQlTester superior = person(agency, subject.superior());
        String bystanderNip = SystemActor.callForAgency(
                agency,
                () -> employees.activeNips(agency).stream()
                        .filter(n -> !n.equals(subject.nip()) && !n.equals(subject.superior()))
                        .findFirst()
                        .orElseThrow());
        HttpGraphQlTester bystander = person(agency, bystanderNip);

        Map<String, Object> proposed = plan(employee, "proposeDevelopmentPlan", "{}", false);
        assertThat(proposed)
                .containsEntry("status", "PROPOSED")
                .containsEntry("box", subject.box())
                .containsEntry("superiorNip", subject.superior())
                .containsEntry("nip", subject.nip());
        subject.gaps()
                .forEach((competency, levels) -> assertThat(actions(proposed))
                        .as(competency)
                        .anySatisfy(a -> {
                            assertThat(a)
                                    .containsEntry("kind", "TRAINING")
                                    .containsEntry("competency", competency)
                                    .containsEntry("hours", Math.min(40, 8 * levels));
                            assertThat(((Map<?, ?>) a.get("reason")).get("code"))
                                    .isEqualTo("development.GAP");
                        }));
        assertThat((Integer) proposed.get("plannedHours"))
                .isGreaterThanOrEqualTo(20)
                .isEqualTo(actions(proposed).stream()
                        .mapToInt(a -> (Integer) a.get("hours"))
                        .sum());
        assertThat(Inboxes.waiting(superior, "AGREE_DEVELOPMENT_PLANS")).isEqualTo(1);
        assertThat(Inboxes.waiting(bystander, "AGREE_DEVELOPMENT_PLANS")).isZero();

        // only the direct superior agrees; not the employee, not a colleague
        assertThat(plan(employee, "agreeDevelopmentPlan", "{nip: \"" + subject.nip() + "\"}", true))
                .containsEntry("reason", "NOT_ALLOWED");
        assertThat(plan(bystander, "agreeDevelopmentPlan", "{nip: \"" + subject.nip() + "\"}", true))
                .containsEntry("reason", "NOT_ALLOWED");
        bystander
                .document("{ developmentPlan(nip: \"" + subject.nip() + "\") { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        Map<String, Object> agreed = plan(superior, "agreeDevelopmentPlan", "{nip: \"" + subject.nip() + "\"}", false);
        assertThat(agreed).containsEntry("status", "AGREED");
        assertThat(plan(employee, "proposeDevelopmentPlan", "{}", true)).containsEntry("reason", "WRONG_STATE");
        assertThat(Inboxes.waiting(employee, "FOLLOW_DEVELOPMENT_PLAN"))
                .isEqualTo(actions(agreed).size());

        // completing: the superior records it with evidence; the employee cannot record their own
        Map<String, Object> training = actions(agreed).stream()
                .filter(a -> a.get("kind").equals("TRAINING"))
                .findFirst()
                .orElseThrow();
        String complete = "{actionId: \"" + training.get("id") + "\", evidence: \"Sertifikat BPSDM No. 881/2026\","
                + " completedOn: \"2026-11-20\"}";
        assertThat(plan(employee, "completeDevelopmentAction", complete, true)).containsEntry("reason", "NOT_ALLOWED");
        assertThat(plan(
                        superior,
                        "completeDevelopmentAction",
                        complete.replace("Sertifikat BPSDM No. 881/2026", "ok"),
                        true))
                .containsEntry("field", "evidence");
        assertThat(plan(superior, "completeDevelopmentAction", complete.replace("2026-11-20", "2027-01-05"), true))
                .containsEntry("field", "completedOn");
        int before = (Integer) agreed.get("learningHours");
        Map<String, Object> done = plan(superior, "completeDevelopmentAction", complete, false);

        int hours = (Integer) training.get("hours");
        assertThat(actions(done))
                .filteredOn(a -> a.get("id").equals(training.get("id")))
                .singleElement()
                .satisfies(a -> assertThat(a).containsEntry("status", "DONE"));
        assertThat(done.get("learningHours")).isEqualTo(before + hours);
        List<TrainingEntry> record = SystemActor.callForAgency(agency, () -> (List<TrainingEntry>) employees
                .histories(agency, EmployeeService.HistoryView.TRAININGS, List.of(subject.nip()))
                .get(subject.nip()));
        assertThat(record).anySatisfy(t -> {
            assertThat(t.name()).endsWith((String) training.get("title"));
            assertThat(t.hours()).isEqualTo(hours);
            assertThat(t.completedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
        // the open period reads it as evidence of competency development
        var recomputed = SystemActor.callForAgency(
                agency, () -> assessments.recomputeEmployee(agency, subject.openPeriod(), subject.nip()));
        assertThat(recomputed.explanation()).anySatisfy(score -> {
            assertThat(score.indicator()).isEqualTo(Indicator.COMPETENCY_DEVELOPMENT);
            assertThat(score.evidence()).contains((String) training.get("title"));
        });
        assertThat(Inboxes.waiting(employee, "FOLLOW_DEVELOPMENT_PLAN"))
                .isEqualTo(actions(agreed).size() - 1);
    }
}
