/**
 * Notifications by e-mail: what waits for a person and what was decided about them. A feature writes a
 * {@link id.meritasn.notification.Notice} into its agency's outbox in the transaction of its change
 * ({@link id.meritasn.notification.Notifications}); the dispatcher resolves the audience to people of that agency
 * ({@link id.meritasn.notification.NotificationRecipients}, from the identity server), honours each person's choices
 * and language, and sends each message once through the configured SMTP server.
 */
@NullMarked
package id.meritasn.notification;

import org.jspecify.annotations.NullMarked;
