package id.meritasn.notification;

import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.graphql.FieldInvalid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL of a person's notification choices and of the messages sent to them. */
@Controller
class NotificationController {

    record NotificationSettingsInput(String language, List<String> muted) {}

    record NotificationSettingsPayload(
            NotificationSettingsService.@Nullable Settings settings, List<FieldInvalid> errors) {}

    static final int MAX_SENT = 100;

    private final NotificationSettingsService settings;

    NotificationController(NotificationSettingsService settings) {
        this.settings = settings;
    }

    @QueryMapping
    NotificationSettingsService.Settings notificationSettings() {
        return settings.settings();
    }

    @QueryMapping
    Object myNotifications(@CurrentAgency String agency, @Argument @Nullable Integer first) {
        int limit = first == null ? 20 : first;
        if (limit < 1 || limit > MAX_SENT) {
            throw new IllegalArgumentException("first must be 1 to " + MAX_SENT + ": " + first);
        }
        return settings.sentToMe(agency, limit);
    }

    @MutationMapping
    NotificationSettingsPayload updateNotificationSettings(@Argument NotificationSettingsInput input) {
        var saved = settings.save(input.language(), input.muted());
        return new NotificationSettingsPayload(saved.valueOrNull(), saved.problems());
    }
}
