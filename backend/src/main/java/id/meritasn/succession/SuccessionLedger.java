package id.meritasn.succession;

import id.meritasn.shared.security.Access;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The tamper-evident record of every committee and PPK action (and of objections received). An entry is appended in
 * the transaction of the action it records, so both commit or neither does; its payload is canonical JSON (keys
 * sorted) kept as the exact text that was hashed.
 */
@Service
public class SuccessionLedger {

    static final String READ = Access.SUCCESSION_READERS;

    /** Entries verified per read: bounded memory on a long record. */
    static final int VERIFY_CHUNK = 5000;

    private final TenantDatabase tenants;
    private final LedgerRepository ledger;
    private final ObjectMapper json;
    private final Clock clock;

    SuccessionLedger(TenantDatabase tenants, LedgerRepository ledger, ObjectMapper json, Clock clock) {
        this.tenants = tenants;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
    }

    /** Appends an entry in the caller's transaction (the tenant is already entered there). */
    @Transactional(propagation = Propagation.MANDATORY)
    void append(DSLContext tenant, String actor, String action, String subject, Map<String, ?> payload) {
        ledger.lock(tenant);
        String previous = ledger.lastHash(tenant);
        String prev = previous == null ? HashChain.GENESIS : previous;
        Instant at = HashChain.truncate(Instant.now(clock));
        String canonical = json.writeValueAsString(new TreeMap<>(payload));
        ledger.append(
                tenant,
                at,
                actor,
                action,
                subject,
                canonical,
                prev,
                HashChain.hash(prev, at, actor, action, subject, canonical));
    }

    /** Entries after an id, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<SuccessionRecords.LedgerEntry> entries(String agency, long afterId, int limit) {
        return ledger.entries(tenants.enter(agency), afterId, limit).stream()
                .map(e -> new SuccessionRecords.LedgerEntry(
                        e.id(),
                        e.at().atOffset(java.time.ZoneOffset.UTC),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.payload(),
                        e.prevHash(),
                        e.hash()))
                .toList();
    }

    /** Whether the whole record is intact, or the id of the first entry that was changed, removed or reordered. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public HashChain.Verification verify(String agency) {
        DSLContext tenant = tenants.enter(agency);
        String previous = HashChain.GENESIS;
        long after = 0;
        int total = 0;
        while (true) {
            List<HashChain.Entry> chunk = ledger.entries(tenant, after, VERIFY_CHUNK);
            if (chunk.isEmpty()) {
                return new HashChain.Verification(true, total, null, null);
            }
            HashChain.Verification v = HashChain.verify(chunk, previous);
            total += chunk.size();
            if (!v.intact()) {
                return new HashChain.Verification(false, total, v.brokenAtId(), v.problem());
            }
            previous = chunk.getLast().hash();
            after = chunk.getLast().id();
        }
    }
}
