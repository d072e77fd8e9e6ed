package id.meritasn.notification;

import static id.meritasn.jooq.platform.Tables.NOTIFICATION_PREFERENCE;

import id.meritasn.shared.db.Shards;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** platform.notification_preference on the default server, in statements of their own (a person's, not an agency's). */
@Repository
class PreferenceRepository {

    /** A person's choices: the language of their messages and the kinds they do not want. */
    record Preference(String language, Set<NotificationKind> muted) {

        static final Preference DEFAULT = new Preference("id", Set.of());

        boolean wants(NotificationKind kind) {
            return !muted.contains(kind);
        }
    }

    private final DSLContext platform;

    PreferenceRepository(DSLContext dsl, Shards shards) {
        this.platform = DSL.using(shards.defaultDataSource(), dsl.dialect());
    }

    Preference of(String username) {
        return of(Set.of(username)).getOrDefault(username, Preference.DEFAULT);
    }

    /** The choices of these people; those who never chose are absent (they get {@link Preference#DEFAULT}). */
    Map<String, Preference> of(Collection<String> usernames) {
        Map<String, Preference> found = new HashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        platform.selectFrom(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.USERNAME.in(usernames))
                .forEach(r -> found.put(r.getUsername(), new Preference(r.getLanguage(), kinds(r.getMuted()))));
        return found;
    }

    void save(String username, Preference preference) {
        String[] muted = preference.muted().stream().map(Enum::name).sorted().toArray(String[]::new);
        platform.insertInto(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.USERNAME, username)
                .set(NOTIFICATION_PREFERENCE.LANGUAGE, preference.language())
                .set(NOTIFICATION_PREFERENCE.MUTED, muted)
                .onConflict(NOTIFICATION_PREFERENCE.USERNAME)
                .doUpdate()
                .set(NOTIFICATION_PREFERENCE.LANGUAGE, preference.language())
                .set(NOTIFICATION_PREFERENCE.MUTED, muted)
                .set(NOTIFICATION_PREFERENCE.UPDATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    /** Names of kinds no longer known (a kind removed in a later release) are ignored. */
    private static Set<NotificationKind> kinds(String[] names) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(names)
                .forEach(name -> Arrays.stream(NotificationKind.values())
                        .filter(kind -> kind.name().equals(name))
                        .forEach(kinds::add));
        return kinds;
    }
}
