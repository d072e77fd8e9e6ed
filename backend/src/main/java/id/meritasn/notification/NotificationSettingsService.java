package id.meritasn.notification;

import id.meritasn.notification.PreferenceRepository.Preference;
import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.text.Text;
import id.meritasn.tenancy.TenantDatabase;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notification choices, and what was sent to them; nobody reads or sets another's. */
@Service
public class NotificationSettingsService {

    /** A person's choices as the API shows them: every kind, received or not. */
    public record Settings(String language, List<Choice> kinds) {}

    public record Choice(String kind, Text label, boolean receive) {}

    /** One message to the caller: what it told, whether it went out. */
    public record SentNotification(
            String kind, Text subject, String state, String createdAt, String sentAt, String link) {}

    static final Set<String> LANGUAGES = Set.of("id", "en");

    private final PreferenceRepository preferences;
    private final NotificationRepository outbox;
    private final TenantDatabase tenants;

    NotificationSettingsService(
            PreferenceRepository preferences, NotificationRepository outbox, TenantDatabase tenants) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.tenants = tenants;
    }

    @PreAuthorize(Access.IS_PERSON)
    public Settings settings() {
        return view(preferences.of(caller()));
    }

    /**
     * Saves the caller's choices: the language is "id" or "en", muted names kinds not to receive. The result is the
     * settings saved, or the one field refused (nothing saved).
     */
    @PreAuthorize(Access.IS_PERSON)
    public Outcome<Settings, FieldInvalid> save(String language, List<String> muted) {
        if (!LANGUAGES.contains(language)) {
            return Outcome.refused(new FieldInvalid(
                    "The language is 'id' (Bahasa Indonesia) or 'en' (English), not '" + language + "'.", "language"));
        }
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (String name : muted) {
            NotificationKind kind = Arrays.stream(NotificationKind.values())
                    .filter(k -> k.name().equals(name))
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                return Outcome.refused(new FieldInvalid(
                        "No notification kind '" + name + "'; the kinds are "
                                + Arrays.toString(NotificationKind.values()) + ".",
                        "muted"));
            }
            kinds.add(kind);
        }
        Preference preference = new Preference(language, kinds);
        preferences.save(caller(), preference);
        return Outcome.done(view(preference));
    }

    /** The newest messages to the caller about this agency (sent, waiting, skipped by choice or failed). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MEMBER + " and " + Access.IS_PERSON)
    public List<SentNotification> sentToMe(String agency, int limit) {
        String language = preferences.of(caller()).language();
        return outbox.sentTo(tenants.enter(agency), caller(), limit).stream()
                .map(sent -> new SentNotification(
                        sent.kind().name(),
                        subject(sent.kind(), sent.args()),
                        sent.state(),
                        sent.createdAt().toString(),
                        sent.sentAt() == null ? "" : sent.sentAt().toString(),
                        sent.link()))
                .toList();
    }

    static Text subject(NotificationKind kind, Map<String, String> args) {
        return new Text(
                "notification.subject." + kind.name(), args, kind.subject("en", args), kind.subject("id", args));
    }

    private static Settings view(Preference preference) {
        return new Settings(
                preference.language(),
                Arrays.stream(NotificationKind.values())
                        .map(kind -> new Choice(
                                kind.name(),
                                new Text(
                                        "notification.label." + kind.name(),
                                        Map.of(),
                                        kind.label("en"),
                                        kind.label("id")),
                                preference.wants(kind)))
                        .toList());
    }

    private static String caller() {
        return Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication())
                .getName();
    }
}
