package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.meritasn.notification.NotificationKind;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionService;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Notifications through the real identity server and a real SMTP server: the demo's succession steps (a slate named,
 * a successor decided) reached each agency's PPK and committee, found as members of the agency's Keycloak
 * organization holding the role; a public objection reaches the committee members and the PPK of that agency; no
 * message ever went to a user of another agency than the one it is about.
 */
class NotificationEndToEndIT extends KeycloakPlatformTest {

    static final List<String> AGENCIES = List.of("jakarta_pusat", "tangerang", "palangka_raya", "medan", "kemnaker");

    @Autowired
    SuccessionService succession;

    /** The demo realm's address of a user: the user name with hyphens for underscores (jakarta-pusat.ppk@...). */
    static String address(String user) {
        return user.replace('_', '-') + "@meritasn.local";
    }

    static boolean received(String user, NotificationKind kind, String position) {
        String subject = kind.subject("id", Map.of("position", position));
        return TestMailServer.to(address(user)).stream()
                .anyMatch(m -> m.subject().equals(subject));
    }

    String announcedPosition(String agency) {
        return SystemActor.callForAgency(
                agency,
                () -> succession.cases(agency, CaseStatus.ANNOUNCED).stream()
                        .map(SuccessionCase::position)
                        .findFirst()
                        .orElseThrow()
                        .name());
    }

    @Test
    void the_demo_successions_told_each_agencys_ppk_and_committee_and_no_user_of_another_agency() {
        for (String agency : AGENCIES) {
            String position = announcedPosition(agency);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(received(agency + ".ppk", NotificationKind.DECISION_AWAITS, position))
                        .as(agency + ": the PPK is told the slate for " + position + " waits; sent: "
                                + TestMailServer.received().stream()
                                        .map(m -> m.to() + ": " + m.subject())
                                        .toList())
                        .isTrue();
                assertThat(received(agency + ".komite", NotificationKind.SUCCESSOR_DECIDED, position))
                        .as(agency + ": the committee is told the PPK decided")
                        .isTrue();
            });
        }
        List<TestMailServer.Mail> all = TestMailServer.received();
        assertThat(all).allSatisfy(mail -> {
            String user = mail.to().substring(0, mail.to().indexOf('@'));
            AGENCIES.stream()
                    .filter(key -> user.startsWith(key.replace('_', '-') + "."))
                    .findFirst()
                    .ifPresent(key -> assertThat(mail.agency())
                            .as(mail.to() + " got " + mail.subject())
                            .isEqualTo(key));
        });
        assertThat(TestMailServer.to(address("bkn.pengawas")))
                .as("national oversight belongs to no agency")
                .isEmpty();
    }

    @Test
    void a_public_objection_reaches_every_committee_member_and_the_ppk_of_that_agency_only() throws Exception {
        String agency = "tangerang";
        JsonNode announcement = publicGraphql("{ publicAnnouncements(agency: \\\"" + agency + "\\\") { id position } }")
                .get("data")
                .get("publicAnnouncements")
                .get(0);
        String position = announcement.get("position").asString();

        JsonNode receipt = publicGraphql("mutation { submitObjection(input: {agency: \\\"" + agency
                + "\\\", announcementId: \\\"" + announcement.get("id").asString() + "\\\", name: \\\"Warga Uji\\\","
                + " contact: \\\"warga@contoh.id\\\", text: \\\"Calon pertama pernah dijatuhi hukuman disiplin.\\\"})"
                + " { receipt { id } errors { __typename } } }");
        assertThat(receipt.get("data").get("submitObjection").get("errors").size())
                .as(receipt.toString())
                .isZero();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String user : List.of("tangerang.komite", "tangerang.ketua", "tangerang.ppk")) {
                assertThat(received(user, NotificationKind.OBJECTION_FILED, position))
                        .as(user)
                        .isTrue();
            }
        });
        String subject = NotificationKind.OBJECTION_FILED.subject("id", Map.of("position", position));
        assertThat(TestMailServer.received())
                .filteredOn(m -> m.subject().equals(subject))
                .allSatisfy(m -> assertThat(m.to()).startsWith("tangerang."))
                .noneSatisfy(m -> assertThat(m.to()).isEqualTo(address("tangerang.pegawai")));
    }

    JsonNode publicGraphql(String query) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(APP + "/graphql/public"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
