package id.meritasn.notification;

import static id.meritasn.jooq.t_template.Tables.NOTIFICATION_DELIVERY;
import static id.meritasn.jooq.t_template.Tables.NOTIFICATION_OUTBOX;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** An agency's notification outbox and deliveries; takes the context TenantDatabase gave. */
@Repository
class NotificationRepository {

    /** A notice not yet expanded into deliveries. */
    record Pending(long id, Notice notice) {}

    /** One message to one person, with what it tells. */
    record Delivery(
            long id, long outboxId, String username, String email, String language, int attempts, Notice notice) {}

    /** What was sent (or not) to a person, newest first. */
    record Sent(
            long id,
            NotificationKind kind,
            String state,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime sentAt,
            String link,
            Map<String, String> args) {}

    private static final TypeReference<Map<String, String>> ARGS = new TypeReference<>() {};

    private final ObjectMapper json;

    NotificationRepository(ObjectMapper json) {
        this.json = json;
    }

    void insert(DSLContext tenant, Notice notice) {
        tenant.insertInto(NOTIFICATION_OUTBOX)
                .set(NOTIFICATION_OUTBOX.KIND, notice.kind().name())
                .set(NOTIFICATION_OUTBOX.AUDIENCE, audienceName(notice.audience()))
                .set(NOTIFICATION_OUTBOX.TARGET, target(notice.audience()))
                .set(NOTIFICATION_OUTBOX.ARGS, JSONB.valueOf(json.writeValueAsString(notice.args())))
                .set(NOTIFICATION_OUTBOX.LINK, notice.link())
                .execute();
    }

    /** The oldest notices not yet expanded, locked; rows another instance holds are skipped. */
    List<Pending> claimPending(DSLContext tenant, int limit) {
        return tenant.selectFrom(NOTIFICATION_OUTBOX)
                .where(NOTIFICATION_OUTBOX.EXPANDED_AT.isNull())
                .orderBy(NOTIFICATION_OUTBOX.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(r -> new Pending(
                        r.getId(), notice(r.getKind(), r.getAudience(), r.getTarget(), r.getArgs(), r.getLink())));
    }

    void addDelivery(DSLContext tenant, long outboxId, String username, String email, String language, boolean muted) {
        tenant.insertInto(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.OUTBOX_ID, outboxId)
                .set(NOTIFICATION_DELIVERY.USERNAME, username)
                .set(NOTIFICATION_DELIVERY.EMAIL, email)
                .set(NOTIFICATION_DELIVERY.LANGUAGE, language)
                .set(NOTIFICATION_DELIVERY.STATE, muted ? "SKIPPED" : "PENDING")
                .onConflictDoNothing()
                .execute();
    }

    void markExpanded(DSLContext tenant, Collection<Long> ids) {
        tenant.update(NOTIFICATION_OUTBOX)
                .set(NOTIFICATION_OUTBOX.EXPANDED_AT, DSL.currentOffsetDateTime())
                .where(NOTIFICATION_OUTBOX.ID.in(ids))
                .execute();
    }

    /** The oldest delivery due, locked for this transaction; one another instance holds is skipped. */
    Optional<Delivery> claimDue(DSLContext tenant) {
        return tenant.select(NOTIFICATION_DELIVERY.fields())
                .select(NOTIFICATION_OUTBOX.fields())
                .from(NOTIFICATION_DELIVERY)
                .join(NOTIFICATION_OUTBOX)
                .on(NOTIFICATION_OUTBOX.ID.eq(NOTIFICATION_DELIVERY.OUTBOX_ID))
                .where(NOTIFICATION_DELIVERY.STATE.eq("PENDING"))
                .and(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime()))
                .orderBy(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT, NOTIFICATION_DELIVERY.ID)
                .limit(1)
                .forUpdate()
                .of(NOTIFICATION_DELIVERY)
                .skipLocked()
                .fetchOptional(this::delivery);
    }

    void markSent(DSLContext tenant, long id) {
        tenant.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.STATE, "SENT")
                .set(NOTIFICATION_DELIVERY.SENT_AT, DSL.currentOffsetDateTime())
                .set(NOTIFICATION_DELIVERY.ATTEMPTS, NOTIFICATION_DELIVERY.ATTEMPTS.plus(1))
                .set(NOTIFICATION_DELIVERY.LAST_ERROR, (String) null)
                .where(NOTIFICATION_DELIVERY.ID.eq(id))
                .execute();
    }

    /** The mail server refused or was away: try again later, or give up ({@code failed}). */
    void markAttemptFailed(DSLContext tenant, long id, String error, Duration wait, boolean failed) {
        tenant.update(NOTIFICATION_DELIVERY)
                .set(NOTIFICATION_DELIVERY.STATE, failed ? "FAILED" : "PENDING")
                .set(NOTIFICATION_DELIVERY.ATTEMPTS, NOTIFICATION_DELIVERY.ATTEMPTS.plus(1))
                .set(NOTIFICATION_DELIVERY.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .set(
                        NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT,
                        DSL.field(
                                "now() + make_interval(secs => {0})",
                                OffsetDateTime.class, DSL.val((double) wait.toSeconds())))
                .where(NOTIFICATION_DELIVERY.ID.eq(id))
                .execute();
    }

    /** Whether anything waits: a notice to expand, or a delivery due. Two reads of partial indexes. */
    boolean hasWork(DSLContext tenant) {
        return tenant.fetchExists(NOTIFICATION_OUTBOX, NOTIFICATION_OUTBOX.EXPANDED_AT.isNull())
                || tenant.fetchExists(
                        NOTIFICATION_DELIVERY,
                        NOTIFICATION_DELIVERY
                                .STATE
                                .eq("PENDING")
                                .and(NOTIFICATION_DELIVERY.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime())));
    }

    List<Sent> sentTo(DSLContext tenant, String username, int limit) {
        return tenant.select(
                        NOTIFICATION_DELIVERY.ID,
                        NOTIFICATION_OUTBOX.KIND,
                        NOTIFICATION_DELIVERY.STATE,
                        NOTIFICATION_OUTBOX.CREATED_AT,
                        NOTIFICATION_DELIVERY.SENT_AT,
                        NOTIFICATION_OUTBOX.LINK,
                        NOTIFICATION_OUTBOX.ARGS)
                .from(NOTIFICATION_DELIVERY)
                .join(NOTIFICATION_OUTBOX)
                .on(NOTIFICATION_OUTBOX.ID.eq(NOTIFICATION_DELIVERY.OUTBOX_ID))
                .where(NOTIFICATION_DELIVERY.USERNAME.eq(username))
                .orderBy(NOTIFICATION_DELIVERY.ID.desc())
                .limit(limit)
                .fetch(r -> new Sent(
                        r.value1(),
                        NotificationKind.valueOf(r.value2()),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        args(r.value7())));
    }

    private Delivery delivery(Record r) {
        return new Delivery(
                r.get(NOTIFICATION_DELIVERY.ID),
                r.get(NOTIFICATION_DELIVERY.OUTBOX_ID),
                r.get(NOTIFICATION_DELIVERY.USERNAME),
                r.get(NOTIFICATION_DELIVERY.EMAIL),
                r.get(NOTIFICATION_DELIVERY.LANGUAGE),
                r.get(NOTIFICATION_DELIVERY.ATTEMPTS),
                notice(
                        r.get(NOTIFICATION_OUTBOX.KIND),
                        r.get(NOTIFICATION_OUTBOX.AUDIENCE),
                        r.get(NOTIFICATION_OUTBOX.TARGET),
                        r.get(NOTIFICATION_OUTBOX.ARGS),
                        r.get(NOTIFICATION_OUTBOX.LINK)));
    }

    private Notice notice(String kind, String audience, @Nullable String target, JSONB args, String link) {
        Notice.Audience who = switch (audience) {
            case "ROLE" -> Notice.Audience.role(Objects.requireNonNull(target));
            case "EMPLOYEE" -> Notice.Audience.employee(Objects.requireNonNull(target));
            default -> Notice.Audience.employees();
        };
        return new Notice(NotificationKind.valueOf(kind), who, args(args), link);
    }

    private Map<String, String> args(JSONB args) {
        return json.readValue(args.data(), ARGS);
    }

    private static String audienceName(Notice.Audience audience) {
        return switch (audience) {
            case Notice.Role r -> "ROLE";
            case Notice.Employee e -> "EMPLOYEE";
            case Notice.Employees e -> "EMPLOYEES";
        };
    }

    private static @Nullable String target(Notice.Audience audience) {
        return switch (audience) {
            case Notice.Role r -> r.role();
            case Notice.Employee e -> e.nip();
            case Notice.Employees e -> null;
        };
    }
}
