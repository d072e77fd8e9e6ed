package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.CompletenessService;
import id.meritasn.assessment.CompletenessService.UnitDeclaration;
import id.meritasn.assessment.DemoAssessmentSeeder;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.notification.NotificationKind;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.Eligibility;
import id.meritasn.succession.SuccessionPlanningService;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionService;
import id.meritasn.ui.BrowserScript;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One agency's cycle across five of its users in Chromium, on a period of its own (created with the demo's kind of
 * inputs, so the demo's periods stay as other tests expect them): the assessor enters the missing input of one
 * employee, the tenant admin declares the last unit, the committee calibrates, the admin publishes, the employee sees
 * the box and draws up a development plan from it, the committee opens a succession case and names the slate, the PPK
 * decides. Each step starts from the person's inbox on the home page; after each hand-off the next person has the
 * mail in the SMTP server, once.
 */
class AgencyCycleEndToEndIT extends KeycloakPlatformTest {

    static final String AGENCY = "medan";

    @Autowired
    DemoAssessmentSeeder demoPeriods;

    @Autowired
    CompletenessService completeness;

    @Autowired
    TalentMapService talentMaps;

    @Autowired
    SuccessionPlanningService planning;

    @Autowired
    SuccessionService succession;

    @Autowired
    Keycloak keycloakAdmin;

    @Autowired
    Clock clock;

    @Test
    void five_users_run_one_cycle_each_finding_their_task_in_the_inbox_and_the_mail_in_the_smtp_server()
            throws Exception {
        String name = "Siklus uji " + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        long period = demoPeriods.seedPeriod(AGENCY, name, LocalDate.now(clock), 7);
        String employee = keycloakAdmin
                .realm("meritasn")
                .users()
                .searchByUsername(AGENCY + ".pegawai", true)
                .getFirst()
                .getAttributes()
                .get("nip")
                .getFirst();
        String fix = missingOnlyCompetency(period, employee);
        Map<String, String> ofPeriod = Map.of("period", name);

        step("assess", AGENCY + ".penilai", period, name, fix);
        assertThat(result(period, fix).mapped())
                .as("the assessor's input maps " + fix)
                .isTrue();

        // every unit but one is declared by the system; the admin declares the last one in the browser
        String last = SystemActor.callForAgency(AGENCY, () -> {
            List<String> units = completeness.declarations(AGENCY, period).stream()
                    .map(UnitDeclaration::unitCode)
                    .sorted()
                    .toList();
            assertThat(completeness.declare(AGENCY, period, units.subList(0, units.size() - 1), "e2e"))
                    .isEmpty();
            return units.getLast();
        });
        step("declare", AGENCY + ".admin", period, name, last);
        arrivesOnce(AGENCY + ".komite", NotificationKind.CALIBRATION_READY, ofPeriod);

        step("calibrate", AGENCY + ".komite", period, name);
        arrivesOnce(AGENCY + ".admin", NotificationKind.MAP_TO_PUBLISH, ofPeriod);

        step("publish", AGENCY + ".admin", period, name);
        arrivesOnce(AGENCY + ".pegawai", NotificationKind.RESULT_PUBLISHED, ofPeriod);

        TalentResult own = result(period, employee);
        assertThat(own.mapped())
                .as(employee + " is mapped in the period: " + own.missing())
                .isTrue();
        step("employee", AGENCY + ".pegawai", period, name, String.valueOf(own.box()));

        Slate slate = slate(period);
        String opened =
                step("slate", AGENCY + ".komite", period, name, slate.position(), String.join(",", slate.nips()));
        Matcher caseUrl = Pattern.compile("CASE /suksesi/(\\d+)").matcher(opened);
        assertThat(caseUrl.find()).as(opened).isTrue();
        long caseId = Long.parseLong(caseUrl.group(1));
        String position = SystemActor.callForAgency(AGENCY, () -> succession.successionCase(AGENCY, caseId))
                .position()
                .name();
        arrivesOnce(AGENCY + ".ppk", NotificationKind.DECISION_AWAITS, Map.of("position", position));

        step(
                "decide",
                AGENCY + ".ppk",
                period,
                name,
                String.valueOf(caseId),
                slate.nips().getFirst());
        SuccessionCase decided = SystemActor.callForAgency(AGENCY, () -> succession.successionCase(AGENCY, caseId));
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.periodId())
                .as("the case is on the period just published")
                .isEqualTo(period);
        assertThat(decided.decisions().getLast().nip()).isEqualTo(slate.nips().getFirst());
        arrivesOnce(AGENCY + ".komite", NotificationKind.SUCCESSOR_DECIDED, Map.of("position", position));
    }

    String step(String step, String user, long period, String name, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(APP, step, user, String.valueOf(period), name));
        all.addAll(List.of(args));
        BrowserScript.Result result = BrowserScript.run("cycle.mjs", all.toArray(String[]::new));
        assertThat(result.exitCode())
                .as(step + " as " + user + ": " + result.output())
                .isZero();
        assertThat(result.output()).contains("cycle " + step + ": OK");
        return result.output();
    }

    /** The mail of this kind reaches the user (as the SMTP server received it), and only once. */
    static void arrivesOnce(String user, NotificationKind kind, Map<String, String> values) {
        String subject = kind.subject("id", values);
        String address = NotificationEndToEndIT.address(user);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(TestMailServer.to(address))
                        .as(address + " is told: " + subject)
                        .anySatisfy(m -> assertThat(m.subject()).isEqualTo(subject)));
        // a second copy would follow within a dispatch round: the count stays at one for a while
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.to(address).stream()
                                .filter(m -> m.subject().equals(subject))
                                .count()
                        == 1);
    }

    TalentResult result(long period, String nip) {
        return SystemActor.callForAgency(
                AGENCY,
                () -> talentMaps.talentMap(AGENCY, period).members().stream()
                        .filter(r -> r.nip().equals(nip))
                        .findFirst()
                        .orElseThrow());
    }

    /** An employee the period leaves unmapped only for an expired competency assessment (the employee's own first). */
    String missingOnlyCompetency(long period, String preferred) {
        List<TalentResult> expired =
                SystemActor.callForAgency(AGENCY, () -> talentMaps.talentMap(AGENCY, period)).members().stream()
                        .filter(r -> !r.mapped()
                                && r.missing().size() == 1
                                && r.missing().getFirst().startsWith("Competency assessment: expired"))
                        .sorted(Comparator.comparing(
                                        (TalentResult r) -> !r.nip().equals(preferred))
                                .thenComparing(TalentResult::nip))
                        .toList();
        assertThat(expired)
                .as("the demo's inputs leave one in fifty with an expired competency assessment")
                .isNotEmpty();
        return expired.getFirst().nip();
    }

    record Slate(String position, List<String> nips) {}

    /** A vacant target position whose pool on the period has eligible candidates, in rank order. */
    Slate slate(long period) {
        return SystemActor.callForAgency(AGENCY, () -> {
            for (TargetPosition target : planning.targetPositions(AGENCY, 60)) {
                if (target.caseId() != null || target.incumbent() != null) {
                    continue;
                }
                List<String> eligible = succession
                        .preview(AGENCY, target.position().code(), period)
                        .stream()
                        .filter(c -> c.eligibility() != Eligibility.Outcome.NOT_MET)
                        .map(Candidate::nip)
                        .limit(2)
                        .toList();
                if (!eligible.isEmpty()) {
                    return new Slate(target.position().code(), eligible);
                }
            }
            throw new IllegalStateException("No vacant target position of " + AGENCY + " has an eligible candidate");
        });
    }
}
