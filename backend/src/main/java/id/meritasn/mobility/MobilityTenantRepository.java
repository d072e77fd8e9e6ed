package id.meritasn.mobility;

import static id.meritasn.jooq.t_template.Tables.MOBILITY_ASPIRATION;
import static id.meritasn.jooq.t_template.Tables.MOBILITY_CONSENT;
import static id.meritasn.jooq.t_template.Tables.MOBILITY_CONSENT_LOG;
import static id.meritasn.jooq.t_template.Tables.MOBILITY_OUTBOX;
import static id.meritasn.jooq.t_template.Tables.MOBILITY_TRANSFER;

import id.meritasn.mobility.MobilityRecords.Aspirations;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

/** The agency's side of mobility (consent, aspirations, outbox, transfer markers); takes the context TenantDatabase gave. */
@Repository
class MobilityTenantRepository {

    /** Why an outbox row was written. */
    enum Reason {
        CONSENT_GIVEN,
        CONSENT_WITHDRAWN,
        ASPIRATIONS_CHANGED,
        RECORD_CHANGED,
        PERIOD_PUBLISHED,
        REBUILD,
        TRANSFERRED
    }

    record OutboxRow(long id, @Nullable String nip, Reason reason) {}

    private final ApplicationEventPublisher events;

    MobilityTenantRepository(ApplicationEventPublisher events) {
        this.events = events;
    }

    Optional<OffsetDateTime> consentedAt(DSLContext tenant, String nip) {
        return tenant.select(MOBILITY_CONSENT.GIVEN_AT)
                .from(MOBILITY_CONSENT)
                .where(MOBILITY_CONSENT.NIP.eq(nip))
                .fetchOptional(MOBILITY_CONSENT.GIVEN_AT);
    }

    /** Gives consent; returns false when it was already given (then nothing is written). */
    boolean giveConsent(DSLContext tenant, String nip, String actor) {
        return !giveConsents(tenant, List.of(nip), actor).isEmpty();
    }

    /**
     * Gives consent for these employees in two statements (one employee on the consent page, many in the demo seed),
     * each with its log entry; returns those who had not consented yet (for the others nothing is written).
     */
    List<String> giveConsents(DSLContext tenant, Collection<String> nips, String actor) {
        if (nips.isEmpty()) {
            return List.of();
        }
        var consents = tenant.insertInto(MOBILITY_CONSENT, MOBILITY_CONSENT.NIP, MOBILITY_CONSENT.GIVEN_BY);
        nips.forEach(nip -> consents.values(nip, actor));
        List<String> given =
                consents.onConflictDoNothing().returning(MOBILITY_CONSENT.NIP).fetch(MOBILITY_CONSENT.NIP);
        if (!given.isEmpty()) {
            var log = tenant.insertInto(
                    MOBILITY_CONSENT_LOG,
                    MOBILITY_CONSENT_LOG.NIP,
                    MOBILITY_CONSENT_LOG.ACTION,
                    MOBILITY_CONSENT_LOG.ACTOR);
            given.forEach(nip -> log.values(nip, "GIVEN", actor));
            log.execute();
        }
        return given;
    }

    /** Withdraws consent; returns false when there was none. */
    boolean withdrawConsent(DSLContext tenant, String nip, String actor) {
        boolean withdrawn = tenant.deleteFrom(MOBILITY_CONSENT)
                        .where(MOBILITY_CONSENT.NIP.eq(nip))
                        .execute()
                == 1;
        if (withdrawn) {
            log(tenant, nip, "WITHDRAWN", actor);
        }
        return withdrawn;
    }

    private static void log(DSLContext tenant, String nip, String action, String actor) {
        tenant.insertInto(MOBILITY_CONSENT_LOG)
                .set(MOBILITY_CONSENT_LOG.NIP, nip)
                .set(MOBILITY_CONSENT_LOG.ACTION, action)
                .set(MOBILITY_CONSENT_LOG.ACTOR, actor)
                .execute();
    }

    /** Which of these employees consented. */
    List<String> consenting(DSLContext tenant, Collection<String> nips) {
        return tenant.select(MOBILITY_CONSENT.NIP)
                .from(MOBILITY_CONSENT)
                .where(MOBILITY_CONSENT.NIP.in(nips))
                .fetch(MOBILITY_CONSENT.NIP);
    }

    List<String> allConsenting(DSLContext tenant) {
        return tenant.select(MOBILITY_CONSENT.NIP).from(MOBILITY_CONSENT).fetch(MOBILITY_CONSENT.NIP);
    }

    Map<String, Aspirations> aspirations(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(MOBILITY_ASPIRATION)
                .where(MOBILITY_ASPIRATION.NIP.in(nips))
                .fetchMap(
                        MOBILITY_ASPIRATION.NIP,
                        r -> new Aspirations(
                                Arrays.asList(r.getPositionKinds()),
                                Arrays.asList(r.getRegions()),
                                r.getEarliestDate()));
    }

    /** Stores the aspirations; returns false when they equal what is stored. */
    boolean saveAspirations(DSLContext tenant, String nip, Aspirations aspirations, String actor) {
        String[] kinds = aspirations.positionKinds().toArray(String[]::new);
        String[] regions = aspirations.regions().toArray(String[]::new);
        return tenant.insertInto(MOBILITY_ASPIRATION)
                        .set(MOBILITY_ASPIRATION.NIP, nip)
                        .set(MOBILITY_ASPIRATION.POSITION_KINDS, kinds)
                        .set(MOBILITY_ASPIRATION.REGIONS, regions)
                        .set(MOBILITY_ASPIRATION.EARLIEST_DATE, aspirations.earliestDate())
                        .set(MOBILITY_ASPIRATION.UPDATED_BY, actor)
                        .onConflict(MOBILITY_ASPIRATION.NIP)
                        .doUpdate()
                        .set(MOBILITY_ASPIRATION.POSITION_KINDS, kinds)
                        .set(MOBILITY_ASPIRATION.REGIONS, regions)
                        .set(MOBILITY_ASPIRATION.EARLIEST_DATE, aspirations.earliestDate())
                        .set(MOBILITY_ASPIRATION.UPDATED_BY, actor)
                        .set(MOBILITY_ASPIRATION.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(MOBILITY_ASPIRATION
                                .POSITION_KINDS
                                .isDistinctFrom(kinds)
                                .or(MOBILITY_ASPIRATION.REGIONS.isDistinctFrom(regions))
                                .or(MOBILITY_ASPIRATION.EARLIEST_DATE.isDistinctFrom(aspirations.earliestDate())))
                        .execute()
                == 1;
    }

    /** One outbox row; {@code nip} null stands for every consenting employee. */
    void enqueue(DSLContext tenant, @Nullable String nip, Reason reason) {
        tenant.insertInto(MOBILITY_OUTBOX)
                .set(MOBILITY_OUTBOX.NIP, nip)
                .set(MOBILITY_OUTBOX.REASON, reason.name())
                .execute();
        events.publishEvent(OutboxWritten.EVENT);
    }

    /** One outbox row for each of these employees that consented (others are not in the index and never will be). */
    int enqueueConsenting(DSLContext tenant, Collection<String> nips, Reason reason) {
        int written = tenant.insertInto(MOBILITY_OUTBOX, MOBILITY_OUTBOX.NIP, MOBILITY_OUTBOX.REASON)
                .select(DSL.select(MOBILITY_CONSENT.NIP, DSL.val(reason.name()))
                        .from(MOBILITY_CONSENT)
                        .where(MOBILITY_CONSENT.NIP.in(nips)))
                .execute();
        if (written > 0) {
            events.publishEvent(OutboxWritten.EVENT);
        }
        return written;
    }

    /**
     * The oldest pending rows, locked for this transaction; rows another indexer instance holds are skipped, so two
     * instances never work on the same row at once.
     */
    List<OutboxRow> pending(DSLContext tenant, int limit) {
        return tenant.select(MOBILITY_OUTBOX.ID, MOBILITY_OUTBOX.NIP, MOBILITY_OUTBOX.REASON)
                .from(MOBILITY_OUTBOX)
                .where(MOBILITY_OUTBOX.PROCESSED_AT.isNull())
                .orderBy(MOBILITY_OUTBOX.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(r -> new OutboxRow(r.value1(), r.value2(), Reason.valueOf(r.value3())));
    }

    /**
     * Of these agencies (key to schema), the ones with pending outbox rows, in one statement over their outboxes: a pass
     * used to open two transactions for each of 600 agencies before reaching the one that had work (~180 ms for 600
     * agencies on the national data, against seconds). Reads only the partial index of pending rows; needs the
     * agencies' schemas on the server of {@code platform} (participating agencies are, see MobilityParticipation).
     */
    List<String> withPending(DSLContext platform, Map<String, String> schemaOfAgency) {
        Select<Record1<String>> union = null;
        for (Map.Entry<String, String> agency : schemaOfAgency.entrySet()) {
            Select<Record1<String>> branch = DSL.select(DSL.val(agency.getKey()).as("agency"))
                    .where(DSL.exists(DSL.selectOne()
                            .from(DSL.table(DSL.name(agency.getValue(), MOBILITY_OUTBOX.getName())))
                            .where(DSL.field(DSL.name(MOBILITY_OUTBOX.PROCESSED_AT.getName()))
                                    .isNull())));
            union = union == null ? branch : union.unionAll(branch);
        }
        return union == null ? List.of() : platform.fetch(union).getValues(0, String.class);
    }

    int pendingCount(DSLContext tenant) {
        return tenant.fetchCount(MOBILITY_OUTBOX, MOBILITY_OUTBOX.PROCESSED_AT.isNull());
    }

    void markProcessed(DSLContext tenant, Collection<Long> ids) {
        tenant.update(MOBILITY_OUTBOX)
                .set(MOBILITY_OUTBOX.PROCESSED_AT, DSL.currentOffsetDateTime())
                .where(MOBILITY_OUTBOX.ID.in(ids))
                .execute();
    }

    boolean hasTransfer(DSLContext tenant, UUID transferId) {
        return tenant.fetchExists(MOBILITY_TRANSFER, MOBILITY_TRANSFER.TRANSFER_ID.eq(transferId));
    }

    void recordTransfer(
            DSLContext tenant, UUID transferId, String direction, String nip, String otherAgency, String positionName) {
        tenant.insertInto(MOBILITY_TRANSFER)
                .set(MOBILITY_TRANSFER.TRANSFER_ID, transferId)
                .set(MOBILITY_TRANSFER.DIRECTION, direction)
                .set(MOBILITY_TRANSFER.NIP, nip)
                .set(MOBILITY_TRANSFER.OTHER_AGENCY, otherAgency)
                .set(MOBILITY_TRANSFER.POSITION_NAME, positionName)
                .execute();
    }
}
