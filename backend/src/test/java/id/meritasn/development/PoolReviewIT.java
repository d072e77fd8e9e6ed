package id.meritasn.development;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.CompletenessService;
import id.meritasn.assessment.DemoMaps;
import id.meritasn.assessment.RubricService;
import id.meritasn.employee.DemoData;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.RosterEntry;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.HistoryEntry;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionPlanningService;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pool review on the demo's data with a second published period, each figure against the data it comes from:
 * entered and stayed make the new pool, stayed and left the old one, and each leaver's reason is what their new
 * result or record says; flags follow retirement dates, a certificate leaving its window, and consent to move; a
 * recorded review keeps the counts it saw. Mentoring pairs a pool member with a senior official, and only the mentor
 * records meetings.
 */
class PoolReviewIT extends PlatformIntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    ApplicationContext context;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CalibrationService calibration;

    @Autowired
    CompletenessService completeness;

    @Autowired
    SuccessionPlanningService planning;

    @Autowired
    EmployeeService employees;

    @Autowired
    DevelopmentFacts people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RubricService rubrics;

    @Autowired
    Clock clock;

    HttpGraphQlTester as(String agency, String user, String role, String nip) {
        Map<String, Object> claims = nip == null
                ? Map.of("organization", List.of(agency))
                : Map.of("organization", List.of(agency), "nip", nip);
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + Tokens.builder(user, role).claims(claims).mint())
                .build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_review_follows_the_pool_across_periods_and_flags_what_the_data_says() {
        String agency = UniqueKeys.next("pool");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        DemoData.fill(context, agency, 300, LocalDate.of(2026, 12, 1), 31);
        DemoMaps.seed(context, agency);
        LocalDate today = LocalDate.now(clock);
        // the open period is calibrated and published: a second published pool
        List<AssessmentPeriod> periods = SystemActor.callForAgency(agency, () -> {
            long open = assessments.periods(agency).stream()
                    .filter(p -> p.status() == PeriodStatus.OPEN)
                    .findFirst()
                    .orElseThrow()
                    .id();
            calibration.startCalibration(agency, open).orElseThrow();
            calibration.closeCalibration(agency, open).orElseThrow();
            completeness.declareAll(agency, open, "test");
            calibration.publish(agency, open).orElseThrow();
            return assessments.periods(agency).reversed();
        });
        AssessmentPeriod older = periods.get(0);
        AssessmentPeriod newer = periods.get(1);
        Set<String> oldPool = nips(SystemActor.callForAgency(agency, () -> planning.talentPool(agency, older.id())));
        List<PoolMember> newPool = SystemActor.callForAgency(agency, () -> planning.talentPool(agency, newer.id()));
        Map<String, FinalResult> newResults =
                SystemActor.callForAgency(agency, () -> calibration.publishedResults(agency, newer.id())).stream()
                        .collect(Collectors.toMap(FinalResult::nip, r -> r));

        // a certificate of one member leaves its window within the year; another member agreed to be found
        int window = SystemActor.callForAgency(agency, () -> rubrics.inForce(agency, null))
                .rubric()
                .certificateWindowYears();
        LocalDate certified = today.minusYears(window).plusMonths(6);
        Map<String, List<TrainingEntry>> trainings =
                SystemActor.callForAgency(agency, () -> (Map<String, List<TrainingEntry>>)
                        employees.histories(agency, EmployeeService.HistoryView.TRAININGS, nips(newPool)));
        String expiring = newPool.stream()
                .map(PoolMember::nip)
                .filter(n -> trainings.getOrDefault(n, List.of()).stream()
                        .noneMatch(t -> t.kind().equals("CERTIFICATE")
                                && !t.completedOn().isBefore(certified)))
                .findFirst()
                .orElseThrow();
        String willing = newPool.stream()
                .map(PoolMember::nip)
                .filter(n -> !n.equals(expiring))
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
                                "Sertifikat Manajemen Proyek",
                                "LAN",
                                certified,
                                null,
                                20),
                        "test"));
        jdbc.update("INSERT INTO t_" + agency + ".mobility_consent (nip, given_by) VALUES (?, 'test')", willing);

        HttpGraphQlTester committee = as(agency, "komite." + agency, "talent-committee", null);
        Map<String, Object> review = committee
                .document("{ talentPoolReview { period members movements { fromPeriod"
                        + " toPeriod entered stayed left { nip reason { code args { name value } } } } flags { kind nip"
                        + " detail { code args { name value } } } withoutReadySuccessor { code successors } } }")
                .execute()
                .path("talentPoolReview")
                .entity(Map.class)
                .get();

        assertThat(review).containsEntry("period", newer.name()).containsEntry("members", newPool.size());
        Map<String, Object> movement = ((List<Map<String, Object>>) review.get("movements")).getFirst();
        assertThat(movement).containsEntry("fromPeriod", older.name()).containsEntry("toPeriod", newer.name());
        Set<String> entered = new HashSet<>((List<String>) movement.get("entered"));
        Set<String> stayed = new HashSet<>((List<String>) movement.get("stayed"));
        List<Map<String, Object>> left = (List<Map<String, Object>>) movement.get("left");
        Set<String> leftNips = left.stream().map(l -> (String) l.get("nip")).collect(Collectors.toSet());
        Set<String> union = new HashSet<>(entered);
        union.addAll(stayed);
        assertThat(union).isEqualTo(nips(newPool));
        Set<String> before = new HashSet<>(stayed);
        before.addAll(leftNips);
        assertThat(before).isEqualTo(oldPool);
        for (Map<String, Object> leaver : left) {
            Map<String, Object> reason = (Map<String, Object>) leaver.get("reason");
            FinalResult now = newResults.get((String) leaver.get("nip"));
            if (reason.get("code").equals("development.pool.LEFT_BOX")) {
                assertThat(arg(reason, "box")).isEqualTo(String.valueOf(now.finalBox()));
                assertThat(now.finalBox()).isLessThan(7);
            } else if (reason.get("code").equals("development.pool.LEFT_NOT_MAPPED")) {
                assertThat(now).isNull();
            }
        }

        List<Map<String, Object>> flags = (List<Map<String, Object>>) review.get("flags");
        Map<String, Employee> records =
                SystemActor.callForAgency(agency, () -> employees.findAll(agency, nips(newPool))).stream()
                        .collect(Collectors.toMap(Employee::nip, e -> e));
        Set<String> retiring = records.values().stream()
                .filter(e -> e.retirementDate() != null && !e.retirementDate().isAfter(today.plusMonths(24)))
                .map(Employee::nip)
                .collect(Collectors.toSet());
        assertThat(flags.stream()
                        .filter(f -> f.get("kind").equals("RETIRING"))
                        .map(f -> (String) f.get("nip"))
                        .collect(Collectors.toSet()))
                .isEqualTo(retiring);
        assertThat(flags).anySatisfy(f -> {
            assertThat(f).containsEntry("kind", "EVIDENCE_EXPIRING").containsEntry("nip", expiring);
            assertThat(arg((Map<String, Object>) f.get("detail"), "date"))
                    .isEqualTo(certified.plusYears(window).toString());
        });
        assertThat(flags)
                .anySatisfy(f ->
                        assertThat(f).containsEntry("kind", "MOBILITY_RISK").containsEntry("nip", willing));

        // the committee records a review: it keeps the counts it saw
        var recorded = committee
                .document("mutation { recordPoolReview(input: {heldOn: \"" + today + "\", outcome:"
                        + " \"Kelompok talenta ditinjau; dua anggota dibina untuk retensi.\"}) { review { members"
                        + " flags { kind count } } errors { field } } }")
                .execute();
        recorded.path("recordPoolReview.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("recordPoolReview.review.members")
                .entity(Integer.class)
                .isEqualTo(newPool.size());
        List<Map<String, Object>> counts =
                recorded.path("recordPoolReview.review.flags").entityList(Map.class).get().stream()
                        .map(m -> (Map<String, Object>) m)
                        .toList();
        for (String kind : List.of("RETIRING", "EVIDENCE_EXPIRING", "MOBILITY_RISK")) {
            long expected =
                    flags.stream().filter(f -> f.get("kind").equals(kind)).count();
            assertThat(counts)
                    .filteredOn(c -> c.get("kind").equals(kind))
                    .extracting(c -> ((Number) c.get("count")).longValue())
                    .containsExactly(expected);
        }
        committee
                .document("mutation { recordPoolReview(input: {heldOn: \"" + today + "\", outcome: \"singkat\"})"
                        + " { review { id } errors { field } } }")
                .execute()
                .path("recordPoolReview.errors[0].field")
                .entity(String.class)
                .isEqualTo("outcome");

        // mentoring: a senior official above the member's level; only the mentor records meetings
        Map<String, RosterEntry> roster = SystemActor.callForAgency(agency, () -> people.roster(agency));
        PoolMember mentee = newPool.stream()
                .filter(m -> roster.containsKey(m.nip()))
                .filter(m -> roster.values().stream()
                        .anyMatch(r -> r.managerial()
                                && r.levelRank() > roster.get(m.nip()).levelRank()))
                .findFirst()
                .orElseThrow();
        String mentor = roster.values().stream()
                .filter(r -> r.managerial()
                        && r.levelRank() > roster.get(mentee.nip()).levelRank())
                .map(RosterEntry::nip)
                .sorted()
                .findFirst()
                .orElseThrow();
        String junior = roster.values().stream()
                .filter(r -> !r.managerial())
                .map(RosterEntry::nip)
                .filter(n -> !n.equals(mentee.nip()))
                .findFirst()
                .orElseThrow();
        String pair = "mutation { pairMentor(input: {menteeNip: \"" + mentee.nip() + "\", mentorNip: \"%s\", goal:"
                + " \"Kesiapan memimpin unit dalam dua tahun\", startedOn: \"" + today + "\"}) { mentoring { id"
                + " mentorNip } errors { reason field } } }";
        committee
                .document(pair.formatted(junior))
                .execute()
                .path("pairMentor.errors[0].field")
                .entity(String.class)
                .isEqualTo("mentorNip");
        String id = committee
                .document(pair.formatted(mentor))
                .execute()
                .path("pairMentor.mentoring.id")
                .entity(String.class)
                .get();
        committee
                .document(pair.formatted(mentor))
                .execute()
                .path("pairMentor.errors[0].reason")
                .entity(String.class)
                .isEqualTo("WRONG_STATE");
        String meeting = "mutation { recordMentoringMeeting(input: {mentoringId: \"" + id + "\", heldOn: \"" + today
                + "\", notes: \"Membahas rencana proyek lintas unit\"}) { mentoring { meetings { notes } } errors"
                + " { reason } } }";
        as(agency, "mentee." + agency, "employee", mentee.nip())
                .document(meeting)
                .execute()
                .path("recordMentoringMeeting.errors[0].reason")
                .entity(String.class)
                .isEqualTo("NOT_ALLOWED");
        as(agency, "mentor." + agency, "employee", mentor)
                .document(meeting)
                .execute()
                .path("recordMentoringMeeting.mentoring.meetings")
                .entityList(Object.class)
                .hasSize(1);
        as(agency, "mentee." + agency, "employee", mentee.nip())
                .document("{ myMentorings { mentorNip meetings" + " { notes } } }")
                .execute()
                .path("myMentorings[0].mentorNip")
                .entity(String.class)
                .isEqualTo(mentor);
    }

    static Set<String> nips(List<PoolMember> pool) {
        return pool.stream().map(PoolMember::nip).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    static String arg(Map<String, Object> text, String name) {
        return ((List<Map<String, String>>) text.get("args"))
                .stream()
                        .filter(a -> a.get("name").equals(name))
                        .map(a -> a.get("value"))
                        .findFirst()
                        .orElseThrow();
    }
}
