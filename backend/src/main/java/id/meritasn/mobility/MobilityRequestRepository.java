package id.meritasn.mobility;

import static id.meritasn.jooq.platform.Tables.MOBILITY_REQUEST;

import id.meritasn.jooq.platform.tables.records.MobilityRequestRecord;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.RefusingParty;
import id.meritasn.mobility.MobilityRecords.RequestStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Mobility requests in schema {@code platform}: they concern two agencies, so neither agency's schema holds them. */
@Repository
class MobilityRequestRepository {

    private final DSLContext dsl;

    MobilityRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts a new request; empty when an open request for the same employee and receiving agency exists. */
    Optional<UUID> insert(
            String fromAgency,
            String toAgency,
            String nip,
            String employeeName,
            String positionCode,
            String positionName,
            @Nullable String note,
            String actor) {
        UUID id = UUID.randomUUID();
        int inserted = dsl.insertInto(MOBILITY_REQUEST)
                .set(MOBILITY_REQUEST.ID, id)
                .set(MOBILITY_REQUEST.FROM_AGENCY, fromAgency)
                .set(MOBILITY_REQUEST.TO_AGENCY, toAgency)
                .set(MOBILITY_REQUEST.NIP, nip)
                .set(MOBILITY_REQUEST.EMPLOYEE_NAME, employeeName)
                .set(MOBILITY_REQUEST.TARGET_POSITION_CODE, positionCode)
                .set(MOBILITY_REQUEST.TARGET_POSITION_NAME, positionName)
                .set(MOBILITY_REQUEST.NOTE, note)
                .set(MOBILITY_REQUEST.STATUS, RequestStatus.REQUESTED.name())
                .set(MOBILITY_REQUEST.REQUESTED_BY, actor)
                .onConflictDoNothing()
                .execute();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    Optional<MobilityRequest> find(UUID id) {
        return dsl.selectFrom(MOBILITY_REQUEST)
                .where(MOBILITY_REQUEST.ID.eq(id))
                .fetchOptional(MobilityRequestRepository::toRequest);
    }

    /** The request, its row locked until the transaction ends (one decision or transfer at a time). */
    Optional<MobilityRequest> lock(UUID id) {
        return dsl.selectFrom(MOBILITY_REQUEST)
                .where(MOBILITY_REQUEST.ID.eq(id))
                .forUpdate()
                .fetchOptional(MobilityRequestRepository::toRequest);
    }

    void consented(UUID id, String actor) {
        dsl.update(MOBILITY_REQUEST)
                .set(MOBILITY_REQUEST.STATUS, RequestStatus.CONSENTED.name())
                .set(MOBILITY_REQUEST.CONSENTED_BY, actor)
                .set(MOBILITY_REQUEST.CONSENTED_AT, DSL.currentOffsetDateTime())
                .where(MOBILITY_REQUEST.ID.eq(id))
                .execute();
    }

    void released(UUID id, String actor) {
        dsl.update(MOBILITY_REQUEST)
                .set(MOBILITY_REQUEST.STATUS, RequestStatus.RELEASED.name())
                .set(MOBILITY_REQUEST.RELEASED_BY, actor)
                .set(MOBILITY_REQUEST.RELEASED_AT, DSL.currentOffsetDateTime())
                .where(MOBILITY_REQUEST.ID.eq(id))
                .execute();
    }

    void accepted(UUID id, String actor) {
        dsl.update(MOBILITY_REQUEST)
                .set(MOBILITY_REQUEST.STATUS, RequestStatus.ACCEPTED.name())
                .set(MOBILITY_REQUEST.ACCEPTED_BY, actor)
                .set(MOBILITY_REQUEST.ACCEPTED_AT, DSL.currentOffsetDateTime())
                .where(MOBILITY_REQUEST.ID.eq(id))
                .execute();
    }

    void refused(UUID id, RefusingParty party, String reason, String actor) {
        dsl.update(MOBILITY_REQUEST)
                .set(MOBILITY_REQUEST.STATUS, RequestStatus.REFUSED.name())
                .set(MOBILITY_REQUEST.REFUSED_PARTY, party.name())
                .set(MOBILITY_REQUEST.REFUSAL_REASON, reason)
                .set(MOBILITY_REQUEST.REFUSED_BY, actor)
                .set(MOBILITY_REQUEST.REFUSED_AT, DSL.currentOffsetDateTime())
                .where(MOBILITY_REQUEST.ID.eq(id))
                .execute();
    }

    void completed(UUID id) {
        dsl.update(MOBILITY_REQUEST)
                .set(MOBILITY_REQUEST.STATUS, RequestStatus.COMPLETED.name())
                .set(MOBILITY_REQUEST.COMPLETED_AT, DSL.currentOffsetDateTime())
                .set(MOBILITY_REQUEST.TRANSFER_ATTEMPTS, MOBILITY_REQUEST.TRANSFER_ATTEMPTS.plus(1))
                .set(MOBILITY_REQUEST.TRANSFER_TRIED_AT, DSL.currentOffsetDateTime())
                .set(MOBILITY_REQUEST.TRANSFER_ERROR, (String) null)
                .where(MOBILITY_REQUEST.ID.eq(id))
                .execute();
    }

    void transferFailed(UUID id, String error) {
        dsl.update(MOBILITY_REQUEST)
                .set(MOBILITY_REQUEST.TRANSFER_ERROR, error)
                .set(MOBILITY_REQUEST.TRANSFER_ATTEMPTS, MOBILITY_REQUEST.TRANSFER_ATTEMPTS.plus(1))
                .set(MOBILITY_REQUEST.TRANSFER_TRIED_AT, DSL.currentOffsetDateTime())
                .where(MOBILITY_REQUEST.ID.eq(id).and(MOBILITY_REQUEST.STATUS.eq(RequestStatus.ACCEPTED.name())))
                .execute();
    }

    /** Accepted requests not transferred yet, accepted and last tried (if ever) before {@code before}. */
    List<UUID> pendingTransfers(OffsetDateTime before, int limit) {
        return dsl.select(MOBILITY_REQUEST.ID)
                .from(MOBILITY_REQUEST)
                .where(MOBILITY_REQUEST
                        .STATUS
                        .eq(RequestStatus.ACCEPTED.name())
                        .and(MOBILITY_REQUEST.ACCEPTED_AT.lt(before))
                        .and(MOBILITY_REQUEST
                                .TRANSFER_TRIED_AT
                                .isNull()
                                .or(MOBILITY_REQUEST.TRANSFER_TRIED_AT.lt(before))))
                .orderBy(MOBILITY_REQUEST.ACCEPTED_AT)
                .limit(limit)
                .fetch(MOBILITY_REQUEST.ID);
    }

    /**
     * A keyset page, newest first. {@code scope} narrows to the requests a caller may see; {@code after} is the
     * requested-at time and id of the last row seen.
     */
    List<MobilityRequest> page(Condition scope, @Nullable OffsetDateTime afterAt, @Nullable UUID afterId, int limit) {
        Condition where = scope;
        if (afterAt != null && afterId != null) {
            where = where.and(
                    DSL.row(MOBILITY_REQUEST.REQUESTED_AT, MOBILITY_REQUEST.ID).lt(afterAt, afterId));
        }
        return dsl.selectFrom(MOBILITY_REQUEST)
                .where(where)
                .orderBy(MOBILITY_REQUEST.REQUESTED_AT.desc(), MOBILITY_REQUEST.ID.desc())
                .limit(limit)
                .fetch(MobilityRequestRepository::toRequest);
    }

    static Condition involving(String agency) {
        return MOBILITY_REQUEST.FROM_AGENCY.eq(agency).or(MOBILITY_REQUEST.TO_AGENCY.eq(agency));
    }

    static Condition about(String fromAgency, String nip) {
        return MOBILITY_REQUEST.FROM_AGENCY.eq(fromAgency).and(MOBILITY_REQUEST.NIP.eq(nip));
    }

    static Condition all() {
        return DSL.noCondition();
    }

    private static MobilityRequest toRequest(MobilityRequestRecord r) {
        return new MobilityRequest(
                r.getId(),
                r.getFromAgency(),
                r.getToAgency(),
                r.getNip(),
                r.getEmployeeName(),
                r.getTargetPositionCode(),
                r.getTargetPositionName(),
                r.getNote(),
                RequestStatus.valueOf(r.getStatus()),
                r.getRequestedBy(),
                r.getRequestedAt(),
                r.getConsentedAt(),
                r.getReleasedAt(),
                r.getAcceptedAt(),
                r.getCompletedAt(),
                r.getRefusedParty() == null ? null : RefusingParty.valueOf(r.getRefusedParty()),
                r.getRefusalReason(),
                r.getRefusedAt(),
                r.getTransferAttempts(),
                r.getTransferError());
    }
}
