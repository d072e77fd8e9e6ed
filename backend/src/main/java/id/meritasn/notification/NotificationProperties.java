package id.meritasn.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * meritasn.notification.*: the sender's address, the address of the UI that links in messages point to, and how
 * often a failed message is tried again. Messages go through Spring Boot's mail settings (spring.mail.host, ...);
 * without them nothing is sent and the outboxes keep their notices.
 *
 * @param enabled     off: the dispatcher sends nothing (notices are still written and wait)
 * @param from        the From of every message
 * @param baseUrl     where the UI is, for the links in messages
 * @param maxAttempts a message the mail server refused this often is FAILED (kept, not retried)
 * @param retryAfter  the wait after the first refusal; each later one doubles it
 */
@ConfigurationProperties("meritasn.notification")
record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("MeritASN <no-reply@meritasn.go.id>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryAfter) {}
