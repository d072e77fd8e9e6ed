package id.meritasn.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.notification.NotificationRecipients.Recipient;
import id.meritasn.notification.PreferenceRepository.Preference;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantDirectoryService;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server: a notice is sent once its change committed and never when it rolled back,
 * in each person's language and not to who muted its kind; one committed just before a crash goes out from the next
 * instance's sweep; two instances draining at once send each message once; a refusing mail server is tried again
 * and given up on. Dispatchers are built here with their collaborators (the directory of people, the mail server),
 * as each instance of the platform has its own.
 */
class NotificationOutboxIT extends PlatformIntegrationTest {

    static final Mailbox MAIL = new Mailbox();

    @Autowired
    TenantDatabase tenants;

    @Autowired
    TenantDirectoryService directory;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    NotificationRepository outbox;

    @Autowired
    PreferenceRepository preferences;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactionManager;

    String agency;
    /** The directory of people: PPKs, committee and employees of the test's agency only. */
    final NotificationRecipients people = (agency, audience) -> !agency.equals(this.agency)
            ? List.of()
            : switch (audience) {
                case Notice.Role r when r.role().equals(Roles.PPK) -> List.of(person("ppk"), person("ppk2"));
                case Notice.Role r -> List.of(person("komite"));
                case Notice.Employee e -> List.of(person("pegawai." + e.nip()));
                case Notice.Employees e -> List.of(person("andi"), person("budi"));
            };

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    @BeforeEach
    void agency() {
        agency = UniqueKeys.next("notif");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        MAIL.clear();
    }

    Recipient person(String name) {
        return new Recipient(name + "." + agency, name + "." + agency + "@mail.test");
    }

    String address(String name) {
        return person(name).email();
    }

    NotificationDispatcher instance(JavaMailSender sender, int maxAttempts, Duration retryAfter) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("people", people, "mail", sender));
        NotificationProperties properties = new NotificationProperties(
                true, "MeritASN <no-reply@mail.test>", "http://ui.test", maxAttempts, retryAfter);
        return new NotificationDispatcher(
                tenants,
                directory,
                outbox,
                preferences,
                beans.getBeanProvider(NotificationRecipients.class),
                beans.getBeanProvider(JavaMailSender.class),
                new MailComposer(properties),
                transactionManager,
                properties);
    }

    NotificationDispatcher instance() {
        return instance(MAIL.sender(), 8, Duration.ofMinutes(1));
    }

    void tell(Notice notice) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> notifications.tell(agency, notice));
    }

    static Notice decisionAwaits(String link) {
        return new Notice(
                NotificationKind.DECISION_AWAITS,
                Notice.Audience.role(Roles.PPK),
                Map.of("position", "Kepala Bagian Umum"),
                link);
    }

    List<NotificationRepository.Sent> sentTo(String name) {
        return new TransactionTemplate(transactionManager)
                .execute(s -> outbox.sentTo(tenants.enter(agency), person(name).username(), 10));
    }

    @Test
    void a_committed_notice_is_sent_once_in_each_persons_language_and_a_rolled_back_one_never() {
        preferences.save(person("ppk2").username(), new Preference("en", Set.of()));
        tell(decisionAwaits("/suksesi/7"));
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            notifications.tell(
                    agency,
                    new Notice(
                            NotificationKind.OBJECTION_FILED,
                            Notice.Audience.role(Roles.PPK),
                            Map.of("position", "Kepala Bagian Umum"),
                            "/suksesi/7"));
            s.setRollbackOnly(); // the change it told about did not happen
        });

        assertThat(instance().drain(agency, "Kota Uji")).isEqualTo(2);

        Map<String, String> args = Map.of("position", "Kepala Bagian Umum", "agencyName", "Kota Uji");
        assertThat(MAIL.received())
                .extracting(Mailbox.Received::to)
                .containsExactlyInAnyOrder(address("ppk"), address("ppk2"));
        Mailbox.Received indonesian = MAIL.to(address("ppk")).getFirst();
        assertThat(indonesian.subject()).isEqualTo(NotificationKind.DECISION_AWAITS.subject("id", args));
        assertThat(indonesian.body())
                .contains(
                        NotificationKind.DECISION_AWAITS
                                .with("position", "Kepala Bagian Umum")
                                .indonesian(),
                        "http://ui.test/suksesi/7",
                        "Kota Uji",
                        "http://ui.test/notifikasi");
        Mailbox.Received english = MAIL.to(address("ppk2")).getFirst();
        assertThat(english.subject()).isEqualTo(NotificationKind.DECISION_AWAITS.subject("en", args));
        assertThat(english.body())
                .contains(
                        NotificationKind.DECISION_AWAITS
                                .with("position", "Kepala Bagian Umum")
                                .english(),
                        "http://ui.test/suksesi/7");
        assertThat(sentTo("ppk")).singleElement().satisfies(sent -> {
            assertThat(sent.state()).isEqualTo("SENT");
            assertThat(sent.kind()).isEqualTo(NotificationKind.DECISION_AWAITS);
        });

        assertThat(instance().drain(agency, "Kota Uji"))
                .as("nothing left to send")
                .isZero();
        assertThat(MAIL.received()).hasSize(2);
    }

    @Test
    void a_person_who_muted_a_kind_gets_no_message_and_the_delivery_says_why() {
        preferences.save(person("andi").username(), new Preference("id", Set.of(NotificationKind.RESULT_PUBLISHED)));
        tell(new Notice(
                NotificationKind.RESULT_PUBLISHED,
                Notice.Audience.employees(),
                Map.of("period", "2026"),
                "/hasil-saya"));

        instance().drain(agency, "Kota Uji");

        assertThat(MAIL.received()).extracting(Mailbox.Received::to).containsExactly(address("budi"));
        assertThat(sentTo("andi"))
                .extracting(NotificationRepository.Sent::state)
                .containsExactly("SKIPPED");
        assertThat(sentTo("budi"))
                .extracting(NotificationRepository.Sent::state)
                .containsExactly("SENT");
    }

    @Test
    void a_notice_committed_just_before_a_crash_is_sent_once_by_the_next_instance() {
        // the instance that committed it died before its drain ran: nothing was sent
        tell(decisionAwaits("/suksesi/8"));
        assertThat(MAIL.received()).isEmpty();

        NotificationDispatcher restarted = instance();
        restarted.sweep();
        restarted.sweep();

        assertThat(MAIL.received())
                .extracting(Mailbox.Received::to)
                .containsExactlyInAnyOrder(address("ppk"), address("ppk2"));
    }

    @Test
    void a_crash_after_the_mail_server_took_a_message_sends_it_again_under_the_same_delivery() {
        tell(decisionAwaits("/suksesi/9"));
        JavaMailSenderImpl real = MAIL.sender();
        JavaMailSenderImpl crashing = new JavaMailSenderImpl() {
            @Override
            public void send(jakarta.mail.internet.MimeMessage... messages) {
                real.send(messages);
                throw new IllegalStateException("the instance died before it marked the delivery SENT");
            }
        };
        crashing.setHost("127.0.0.1");
        crashing.setPort(MAIL.port);
        try {
            instance(crashing, 8, Duration.ofMinutes(1)).drain(agency, "Kota Uji");
        } catch (IllegalStateException died) {
            // as the process would have
        }
        instance().drain(agency, "Kota Uji");

        // at least once: the first delivery went out twice, each copy naming the same delivery; none was lost
        List<Mailbox.Received> received = MAIL.received();
        assertThat(received).extracting(Mailbox.Received::to).contains(address("ppk"), address("ppk2"));
        assertThat(received).hasSize(3);
        assertThat(received.stream().map(Mailbox.Received::delivery).distinct()).hasSize(2);
    }

    @Test
    void two_instances_draining_at_once_send_every_message_exactly_once() throws Exception {
        for (int i = 0; i < 30; i++) {
            tell(decisionAwaits("/suksesi/" + i));
        }
        List<NotificationDispatcher> instances = List.of(instance(), instance());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> drains = new ArrayList<>();
            for (NotificationDispatcher each : instances) {
                drains.add(threads.submit((Callable<Integer>) () -> each.drain(agency, "Kota Uji")));
            }
            int sent = 0;
            for (Future<Integer> drain : drains) {
                sent += drain.get();
            }
            assertThat(sent).isEqualTo(60);
        } finally {
            threads.shutdownNow();
        }
        List<Mailbox.Received> received = MAIL.received();
        assertThat(received).hasSize(60);
        assertThat(received.stream().map(Mailbox.Received::delivery).distinct()).hasSize(60);
    }

    @Test
    void a_mail_server_that_refuses_is_tried_again_and_the_message_is_given_up_after_the_last_attempt() {
        tell(new Notice(
                NotificationKind.MOBILITY_REQUESTED,
                Notice.Audience.employee("198001152005031001"),
                Map.of("requester", "Kota Lain", "position", "Analis SDM"),
                "/mobilitas-saya"));
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(Mailbox.freePort()); // nobody listens

        assertThat(instance(nowhere, 2, Duration.ZERO).drain(agency, "Kota Uji"))
                .isZero();

        assertThat(sentTo("pegawai.198001152005031001"))
                .singleElement()
                .extracting(NotificationRepository.Sent::state)
                .isEqualTo("FAILED");
        Integer attempts = new TransactionTemplate(transactionManager)
                .execute(s -> tenants.enter(agency)
                        .fetchSingle("SELECT attempts FROM notification_delivery")
                        .get(0, Integer.class));
        assertThat(attempts).isEqualTo(2);
        assertThat(MAIL.received()).isEmpty();
    }
}
