package id.meritasn.notification;

import id.meritasn.notification.NotificationRecipients.Recipient;
import id.meritasn.notification.NotificationRepository.Delivery;
import id.meritasn.notification.NotificationRepository.Pending;
import id.meritasn.notification.PreferenceRepository.Preference;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.AgencySummary;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantDirectoryService;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outboxes hold. For an agency: its pending notices are expanded into one delivery per recipient (the
 * person's choices decide PENDING or SKIPPED, and the language), then each delivery due is sent in a transaction of
 * its own that holds the delivery's row while the mail server takes the message and marks it SENT before committing.
 * Another instance skips a row held, so two instances never send one delivery both; a crash after the mail server
 * took a message and before the commit sends it again after the restart (at least once; the message names its
 * delivery in {@link MailComposer#DELIVERY_HEADER}). A notice committed just before a crash is found by the first
 * sweep after the start. Agencies are drained right after a commit wrote a notice, and every agency is swept at the
 * interval.
 */
@Service
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int EXPAND_BATCH = 50;

    private final TenantDatabase tenants;
    private final TenantDirectoryService directory;
    private final NotificationRepository outbox;
    private final PreferenceRepository preferences;
    private final ObjectProvider<NotificationRecipients> recipients;
    private final ObjectProvider<JavaMailSender> mail;
    private final MailComposer composer;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    /** Drains woken by commits, one at a time; an agency already queued is not queued twice. */
    private final ExecutorService waker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-send").daemon().factory());

    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    NotificationDispatcher(
            TenantDatabase tenants,
            TenantDirectoryService directory,
            NotificationRepository outbox,
            PreferenceRepository preferences,
            ObjectProvider<NotificationRecipients> recipients,
            ObjectProvider<JavaMailSender> mail,
            MailComposer composer,
            PlatformTransactionManager transactionManager,
            NotificationProperties properties) {
        this.tenants = tenants;
        this.directory = directory;
        this.outbox = outbox;
        this.preferences = preferences;
        this.recipients = recipients;
        this.mail = mail;
        this.composer = composer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /** Whether this instance can send: switched on, a mail server and a directory of people configured. */
    boolean ready() {
        return properties.enabled() && mail.getIfAvailable() != null && recipients.getIfAvailable() != null;
    }

    @Scheduled(
            fixedDelayString = "${meritasn.notification.sweep-interval:30s}",
            initialDelayString = "${meritasn.notification.first-sweep:5s}")
    void sweep() {
        if (!ready()) {
            return;
        }
        List<AgencySummary> agencies = SystemActor.callAsPlatform(directory::activeAgencies);
        for (AgencySummary agency : agencies) {
            try {
                boolean work = Boolean.TRUE.equals(SystemActor.callForAgency(
                        agency.key(), () -> transactions.execute(s -> outbox.hasWork(tenants.enter(agency.key())))));
                if (work) {
                    drain(agency.key(), agency.displayName());
                }
            } catch (RuntimeException e) {
                log.warn("Notifications of {} not sent; they stay in its outbox", agency.key(), e);
            }
        }
    }

    @TransactionalEventListener
    void written(NoticeWritten written) {
        if (ready() && queued.add(written.agency())) {
            waker.execute(() -> {
                queued.remove(written.agency());
                try {
                    drain(written.agency(), displayName(written.agency()));
                } catch (RuntimeException e) {
                    log.warn("Notifications of {} not sent; the next sweep tries again", written.agency(), e);
                }
            });
        }
    }

    /** Expands the agency's pending notices and sends every delivery due; returns how many messages went out. */
    int drain(String agency, String agencyName) {
        while (expandBatch(agency) == EXPAND_BATCH) {
            // a large batch of notices (a busy day): the next one
        }
        int sent = 0;
        while (true) {
            Optional<Boolean> result =
                    SystemActor.callForAgency(agency, () -> transactions.execute(s -> sendNext(agency, agencyName)));
            if (result == null || result.isEmpty()) {
                return sent;
            }
            if (result.get()) {
                sent++;
            }
        }
    }

    private int expandBatch(String agency) {
        NotificationRecipients directoryOfPeople = recipients.getObject();
        Integer expanded = SystemActor.callForAgency(
                agency,
                () -> transactions.execute(s -> {
                    DSLContext tenant = tenants.enter(agency);
                    List<Pending> pending = outbox.claimPending(tenant, EXPAND_BATCH);
                    for (Pending notice : pending) {
                        List<Recipient> people = directoryOfPeople.recipients(
                                agency, notice.notice().audience());
                        Map<String, Preference> chosen = preferences.of(
                                people.stream().map(Recipient::username).toList());
                        for (Recipient person : people) {
                            Preference preference = chosen.getOrDefault(person.username(), Preference.DEFAULT);
                            outbox.addDelivery(
                                    tenant,
                                    notice.id(),
                                    person.username(),
                                    person.email(),
                                    preference.language(),
                                    !preference.wants(notice.notice().kind()));
                        }
                    }
                    outbox.markExpanded(
                            tenant, pending.stream().map(Pending::id).toList());
                    return pending.size();
                }));
        return expanded == null ? 0 : expanded;
    }

    /** Sends the next delivery due: empty when none is due, else whether the mail server took it. */
    private Optional<Boolean> sendNext(String agency, String agencyName) {
        DSLContext tenant = tenants.enter(agency);
        Optional<Delivery> due = outbox.claimDue(tenant);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Delivery delivery = due.get();
        JavaMailSender sender = mail.getObject();
        try {
            sender.send(composer.compose(sender, agency, agencyName, delivery));
            outbox.markSent(tenant, delivery.id());
            return Optional.of(true);
        } catch (MailException | IllegalArgumentException e) {
            int attempt = delivery.attempts() + 1;
            boolean failed = attempt >= properties.maxAttempts();
            Duration wait = properties.retryAfter().multipliedBy(1L << Math.min(attempt - 1, 16));
            log.warn(
                    "Message {}/{} to {} not sent (attempt {}{})",
                    agency,
                    delivery.id(),
                    delivery.username(),
                    attempt,
                    failed ? ", given up" : ", tried again in " + wait,
                    e);
            outbox.markAttemptFailed(
                    tenant, delivery.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), wait, failed);
            return Optional.of(false);
        }
    }

    private String displayName(String agency) {
        return directory.displayName(agency);
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }
}
