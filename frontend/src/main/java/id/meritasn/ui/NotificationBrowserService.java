package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.notification.NotificationSettingsService;
import id.meritasn.notification.NotificationSettingsService.SentNotification;
import id.meritasn.notification.NotificationSettingsService.Settings;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.outcome.Outcome;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** The signed-in person's e-mail choices and the messages sent to them, on /notifikasi. */
@BrowserCallable
@PermitAll
class NotificationBrowserService {

    /** Saved choices, or the problem of the one field that was refused (nothing saved). */
    public record SaveResult(
            @Nullable Settings settings,
            @Nullable String problem,
            @Nullable String field) {}

    private final NotificationSettingsService notifications;

    NotificationBrowserService(NotificationSettingsService notifications) {
        this.notifications = notifications;
    }

    public @NonNull Settings settings() {
        return notifications.settings();
    }

    public @NonNull SaveResult save(@NonNull String language, @NonNull List<@NonNull String> muted) {
        return switch (notifications.save(language, muted)) {
            case Outcome.Done<Settings, FieldInvalid> saved -> new SaveResult(saved.value(), null, null);
            case Outcome.Refused<Settings, FieldInvalid> refused -> {
                FieldInvalid problem = refused.problems().getFirst(); // the service stops at the first field
                yield new SaveResult(null, problem.message(), problem.field());
            }
        };
    }

    public @NonNull List<@NonNull SentNotification> recent() {
        return notifications.sentToMe(UiCaller.agency(), 20);
    }
}
