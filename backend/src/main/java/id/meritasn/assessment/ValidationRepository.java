package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.ASSESSMENT_INPUT;
import static id.meritasn.jooq.t_template.Tables.ASSESSMENT_VALIDATION;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The validation state of inputs and its steps (see tenant-013-tiered-validation.sql). */
@Repository
class ValidationRepository {

    /** An input with its validation state, as a tier holder sees it. */
    record StoredInput(
            long periodId,
            String nip,
            String kind,
            String payload,
            String evidence,
            String enteredBy,
            OffsetDateTime enteredAt,
            String state,
            int tiersDone) {}

    void markProvisional(DSLContext tenant, long periodId, String nip, String kind) {
        tenant.update(ASSESSMENT_INPUT)
                .set(ASSESSMENT_INPUT.STATE, "PROVISIONAL")
                .set(ASSESSMENT_INPUT.TIERS_DONE, (short) 0)
                .where(ASSESSMENT_INPUT
                        .PERIOD_ID
                        .eq(periodId)
                        .and(ASSESSMENT_INPUT.NIP.eq(nip))
                        .and(ASSESSMENT_INPUT.KIND.eq(kind)))
                .execute();
    }

    /** The input, locked until the transaction ends: two holders deciding at once take turns. */
    Optional<StoredInput> lock(DSLContext tenant, long periodId, String nip, String kind) {
        return tenant.selectFrom(ASSESSMENT_INPUT)
                .where(ASSESSMENT_INPUT
                        .PERIOD_ID
                        .eq(periodId)
                        .and(ASSESSMENT_INPUT.NIP.eq(nip))
                        .and(ASSESSMENT_INPUT.KIND.eq(kind)))
                .forUpdate()
                .fetchOptional(r -> new StoredInput(
                        r.getPeriodId(),
                        r.getNip(),
                        r.getKind(),
                        r.getPayload().data(),
                        r.getEvidence(),
                        r.getEnteredBy(),
                        r.getEnteredAt(),
                        r.getState(),
                        r.getTiersDone()));
    }

    /** Inputs of the period waiting for a tier holder. */
    List<StoredInput> provisional(DSLContext tenant, long periodId) {
        return tenant.selectFrom(ASSESSMENT_INPUT)
                .where(ASSESSMENT_INPUT.PERIOD_ID.eq(periodId).and(ASSESSMENT_INPUT.STATE.eq("PROVISIONAL")))
                .orderBy(ASSESSMENT_INPUT.ENTERED_AT, ASSESSMENT_INPUT.NIP, ASSESSMENT_INPUT.KIND)
                .fetch(r -> new StoredInput(
                        r.getPeriodId(),
                        r.getNip(),
                        r.getKind(),
                        r.getPayload().data(),
                        r.getEvidence(),
                        r.getEnteredBy(),
                        r.getEnteredAt(),
                        r.getState(),
                        r.getTiersDone()));
    }

    /** The inputs of one employee in the period, by kind. */
    List<StoredInput> ofEmployee(DSLContext tenant, long periodId, String nip) {
        return tenant.selectFrom(ASSESSMENT_INPUT)
                .where(ASSESSMENT_INPUT.PERIOD_ID.eq(periodId).and(ASSESSMENT_INPUT.NIP.eq(nip)))
                .orderBy(ASSESSMENT_INPUT.KIND)
                .fetch(r -> new StoredInput(
                        r.getPeriodId(),
                        r.getNip(),
                        r.getKind(),
                        r.getPayload().data(),
                        r.getEvidence(),
                        r.getEnteredBy(),
                        r.getEnteredAt(),
                        r.getState(),
                        r.getTiersDone()));
    }

    /** Employees of the period with an input not validated (provisional or sent back). */
    Set<String> unvalidatedNips(DSLContext tenant, long periodId) {
        return new HashSet<>(tenant.selectDistinct(ASSESSMENT_INPUT.NIP)
                .from(ASSESSMENT_INPUT)
                .where(ASSESSMENT_INPUT.PERIOD_ID.eq(periodId).and(ASSESSMENT_INPUT.STATE.ne("VALIDATED")))
                .fetch(ASSESSMENT_INPUT.NIP));
    }

    void decide(
            DSLContext tenant,
            StoredInput input,
            int tier,
            boolean validated,
            boolean last,
            @Nullable String reason,
            String actor) {
        tenant.insertInto(ASSESSMENT_VALIDATION)
                .set(ASSESSMENT_VALIDATION.PERIOD_ID, input.periodId())
                .set(ASSESSMENT_VALIDATION.NIP, input.nip())
                .set(ASSESSMENT_VALIDATION.KIND, input.kind())
                .set(ASSESSMENT_VALIDATION.TIER, (short) tier)
                .set(ASSESSMENT_VALIDATION.DECISION, validated ? "VALIDATED" : "SENT_BACK")
                .set(ASSESSMENT_VALIDATION.REASON, reason)
                .set(ASSESSMENT_VALIDATION.DECIDED_BY, actor)
                .execute();
        tenant.update(ASSESSMENT_INPUT)
                .set(ASSESSMENT_INPUT.STATE, !validated ? "SENT_BACK" : last ? "VALIDATED" : "PROVISIONAL")
                .set(ASSESSMENT_INPUT.TIERS_DONE, (short) (validated ? tier : input.tiersDone()))
                .where(ASSESSMENT_INPUT
                        .PERIOD_ID
                        .eq(input.periodId())
                        .and(ASSESSMENT_INPUT.NIP.eq(input.nip()))
                        .and(ASSESSMENT_INPUT.KIND.eq(input.kind())))
                .execute();
    }

    /** Who validated a tier of the input since it was last entered. */
    Set<String> deciders(DSLContext tenant, StoredInput input) {
        return new HashSet<>(tenant.select(ASSESSMENT_VALIDATION.DECIDED_BY)
                .from(ASSESSMENT_VALIDATION)
                .where(ASSESSMENT_VALIDATION
                        .PERIOD_ID
                        .eq(input.periodId())
                        .and(ASSESSMENT_VALIDATION.NIP.eq(input.nip()))
                        .and(ASSESSMENT_VALIDATION.KIND.eq(input.kind()))
                        .and(ASSESSMENT_VALIDATION.DECIDED_AT.ge(input.enteredAt())))
                .fetch(ASSESSMENT_VALIDATION.DECIDED_BY));
    }

    /** Grows with every validation step: part of the map's revision. */
    long changes(DSLContext tenant, long periodId) {
        return tenant.select(DSL.count())
                .from(ASSESSMENT_VALIDATION)
                .where(ASSESSMENT_VALIDATION.PERIOD_ID.eq(periodId))
                .fetchSingle()
                .value1();
    }

    /** The latest sending back of an input, for the one who enters it again: why. */
    Optional<String> lastReason(DSLContext tenant, long periodId, String nip, String kind) {
        return tenant.select(ASSESSMENT_VALIDATION.REASON)
                .from(ASSESSMENT_VALIDATION)
                .where(ASSESSMENT_VALIDATION
                        .PERIOD_ID
                        .eq(periodId)
                        .and(ASSESSMENT_VALIDATION.NIP.eq(nip))
                        .and(ASSESSMENT_VALIDATION.KIND.eq(kind))
                        .and(ASSESSMENT_VALIDATION.DECISION.eq("SENT_BACK")))
                .orderBy(ASSESSMENT_VALIDATION.ID.desc())
                .limit(1)
                .fetchOptional(ASSESSMENT_VALIDATION.REASON);
    }
}
