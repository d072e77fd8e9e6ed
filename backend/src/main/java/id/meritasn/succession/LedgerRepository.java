package id.meritasn.succession;

import static id.meritasn.jooq.t_template.Tables.SUCCESSION_LEDGER;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The hash-chained succession record of one agency. */
@Repository
class LedgerRepository {

    /**
     * Serializes appends within the agency until the transaction ends (the table is the agency's own), so two
     * concurrent actions cannot both link to the same previous entry.
     */
    void lock(DSLContext tenant) {
        tenant.execute("LOCK TABLE succession_ledger IN SHARE ROW EXCLUSIVE MODE");
    }

    @Nullable
    String lastHash(DSLContext tenant) {
        return tenant.select(SUCCESSION_LEDGER.HASH)
                .from(SUCCESSION_LEDGER)
                .orderBy(SUCCESSION_LEDGER.ID.desc())
                .limit(1)
                .fetchOne(SUCCESSION_LEDGER.HASH);
    }

    long append(
            DSLContext tenant,
            Instant at,
            String actor,
            String action,
            String subject,
            String payload,
            String prevHash,
            String hash) {
        return tenant.insertInto(SUCCESSION_LEDGER)
                .set(SUCCESSION_LEDGER.AT, at.atOffset(ZoneOffset.UTC))
                .set(SUCCESSION_LEDGER.ACTOR, actor)
                .set(SUCCESSION_LEDGER.ACTION, action)
                .set(SUCCESSION_LEDGER.SUBJECT, subject)
                .set(SUCCESSION_LEDGER.PAYLOAD, payload)
                .set(SUCCESSION_LEDGER.PREV_HASH, prevHash)
                .set(SUCCESSION_LEDGER.HASH, hash)
                .returning(SUCCESSION_LEDGER.ID)
                .fetchOptional(SUCCESSION_LEDGER.ID)
                .orElseThrow();
    }

    /** Entries after an id, in order; {@code limit} at most. */
    List<HashChain.Entry> entries(DSLContext tenant, long afterId, int limit) {
        return tenant.selectFrom(SUCCESSION_LEDGER)
                .where(SUCCESSION_LEDGER.ID.gt(afterId))
                .orderBy(SUCCESSION_LEDGER.ID)
                .limit(limit)
                .fetch(r -> new HashChain.Entry(
                        r.getId(),
                        r.getAt().toInstant(),
                        r.getActor(),
                        r.getAction(),
                        r.getSubject(),
                        r.getPayload(),
                        r.getPrevHash(),
                        r.getHash()));
    }
}
