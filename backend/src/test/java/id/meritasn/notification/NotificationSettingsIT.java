package id.meritasn.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's own choices through the API: every kind listed and received until muted, the language kept, bad input
 * refused by field with nothing changed, nobody else's choices touched; the messages listed are the caller's own.
 */
class NotificationSettingsIT extends PlatformIntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantDatabase tenants;

    @Autowired
    NotificationRepository outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    static final String SETTINGS = "language kinds { kind receive label { indonesian english } }";

    HttpGraphQlTester as(String agency, String user, String role) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder(user, role)
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> settings(HttpGraphQlTester who) {
        return who.document("{ notificationSettings { " + SETTINGS + " } }")
                .execute()
                .path("notificationSettings")
                .entity(Map.class)
                .get();
    }

    @SuppressWarnings("unchecked")
    static List<String> muted(Map<String, Object> settings) {
        return ((List<Map<String, Object>>) settings.get("kinds"))
                .stream()
                        .filter(k -> !(Boolean) k.get("receive"))
                        .map(k -> (String) k.get("kind"))
                        .toList();
    }

    @Test
    void a_person_chooses_language_and_kinds_and_bad_input_changes_nothing() {
        String agency = UniqueKeys.next("notset");
        HttpGraphQlTester andi = as(agency, "andi." + agency, "employee");
        HttpGraphQlTester budi = as(agency, "budi." + agency, "ppk");

        Map<String, Object> fresh = settings(andi);
        assertThat(fresh.get("language")).isEqualTo("id");
        assertThat((List<?>) fresh.get("kinds")).hasSize(NotificationKind.values().length);
        assertThat(muted(fresh)).isEmpty();

        andi.document("mutation { updateNotificationSettings(input: {language: \"en\", muted: [\"RESULT_PUBLISHED\","
                        + " \"TRANSFER_COMPLETE\"]}) { settings { " + SETTINGS + " } errors { field } } }")
                .execute()
                .path("updateNotificationSettings.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("updateNotificationSettings.settings.language")
                .entity(String.class)
                .isEqualTo("en");
        Map<String, Object> chosen = settings(andi);
        assertThat(chosen.get("language")).isEqualTo("en");
        assertThat(muted(chosen)).containsExactlyInAnyOrder("RESULT_PUBLISHED", "TRANSFER_COMPLETE");
        assertThat(settings(budi)).as("another person's choices").isEqualTo(fresh);

        andi.document("mutation { updateNotificationSettings(input: {language: \"fr\", muted: []}) { settings"
                        + " { language } errors { field message } } }")
                .execute()
                .path("updateNotificationSettings.settings")
                .valueIsNull()
                .path("updateNotificationSettings.errors[0].field")
                .entity(String.class)
                .isEqualTo("language");
        andi.document("mutation { updateNotificationSettings(input: {language: \"id\", muted: [\"EVERYTHING\"]})"
                        + " { settings { language } errors { field message } } }")
                .execute()
                .path("updateNotificationSettings.errors[0].field")
                .entity(String.class)
                .isEqualTo("muted")
                .path("updateNotificationSettings.errors[0].message")
                .entity(String.class)
                .satisfies(message -> assertThat(message)
                        .contains("EVERYTHING")
                        .contains(Arrays.stream(NotificationKind.values())
                                .map(Enum::name)
                                .toList()));
        assertThat(settings(andi)).as("unchanged by refused input").isEqualTo(chosen);
    }

    @Test
    void the_messages_listed_are_the_callers_own_with_their_subject_in_both_languages() {
        String agency = UniqueKeys.next("notlist");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        Notice notice = new Notice(
                NotificationKind.DECISION_AWAITS,
                Notice.Audience.role(Roles.PPK),
                Map.of("position", "Sekretaris Dinas"),
                "/suksesi/3");
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            var tenant = tenants.enter(agency);
            outbox.insert(tenant, notice);
            long id = outbox.claimPending(tenant, 1).getFirst().id();
            outbox.addDelivery(tenant, id, "ppk." + agency, "ppk@mail.test", "id", false);
            outbox.addDelivery(tenant, id, "ppk2." + agency, "ppk2@mail.test", "id", true);
            outbox.markExpanded(tenant, List.of(id));
        });

        as(agency, "ppk." + agency, "ppk")
                .document("{ myNotifications { kind state link subject { indonesian" + " english } } }")
                .execute()
                .path("myNotifications[*].state")
                .entityList(String.class)
                .containsExactly("PENDING")
                .path("myNotifications[0].link")
                .entity(String.class)
                .isEqualTo("/suksesi/3")
                .path("myNotifications[0].subject.indonesian")
                .entity(String.class)
                .isEqualTo(NotificationKind.DECISION_AWAITS.subject("id", notice.args()))
                .path("myNotifications[0].subject.english")
                .entity(String.class)
                .isEqualTo(NotificationKind.DECISION_AWAITS.subject("en", notice.args()));
        as(agency, "ppk2." + agency, "ppk")
                .document("{ myNotifications { state } }")
                .execute()
                .path("myNotifications[*].state")
                .entityList(String.class)
                .containsExactly("SKIPPED");
        as(agency, "andi." + agency, "employee")
                .document("{ myNotifications { state } }")
                .execute()
                .path("myNotifications")
                .entityList(Object.class)
                .hasSize(0);
    }
}
