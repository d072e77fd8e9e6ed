package id.meritasn.mobility;

import id.meritasn.mobility.MobilityTenantRepository.OutboxRow;
import id.meritasn.shared.checkpoint.Checkpoints;
import id.meritasn.shared.checkpoint.Checkpoints.Gate;
import id.meritasn.shared.checkpoint.Checkpoints.Point;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.AgencySummary;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantDirectoryService;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the national talent index current from each participating agency's outbox. A pass asks the outboxes which
 * agencies have pending rows (one statement), takes each such agency's pending rows (locked, skipping rows another
 * instance holds), rebuilds the entries they name from the agency's own services (or deletes them: no consent, no
 * longer active), and marks the rows processed. A small batch is written in the transaction that marks its rows; a
 * larger rebuild commits its entries in chunks first ({@link MobilityProperties#commitChunk}). A crash before the rows
 * are marked leaves them pending for the next pass: at least once, and rebuilding an entry twice gives the same entry.
 * Besides its scheduled passes, a commit that wrote an outbox row in this instance starts a pass at once
 * ({@link #wake}). Two passes at once are safe: each skips the rows the other holds.
 * The indexer also retries transfers of accepted mobility requests that failed.
 */
@Service
class MobilityIndexer {

    private static final Logger log = LoggerFactory.getLogger(MobilityIndexer.class);

    private final TenantDatabase tenants;
    /** The platform schema's server, where the participating agencies' schemas are too. */
    private final DSLContext dsl;

    private final MobilityTenantRepository outbox;
    private final MobilityIndexRepository index;
    private final MobilityParticipation participation;
    private final MobilityTransferService transfers;
    private final MobilityIndexRebuilder rebuilder;
    private final TenantDirectoryService directory;
    private final TransactionTemplate transactions;
    private final MobilityProperties properties;
    private final Clock clock;

    private final Checkpoints checkpoints;

    private volatile Instant lastRefresh = Instant.EPOCH;
    /** Runs the passes woken by commits, one at a time; a wake-up while one is queued adds nothing. */
    private final ExecutorService waker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mobility-wake").daemon().factory());

    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    MobilityIndexer(
            TenantDatabase tenants,
            DSLContext dsl,
            MobilityTenantRepository outbox,
            MobilityIndexRepository index,
            MobilityParticipation participation,
            MobilityTransferService transfers,
            MobilityIndexRebuilder rebuilder,
            TenantDirectoryService directory,
            TransactionTemplate transactions,
            MobilityProperties properties,
            Clock clock,
            Checkpoints checkpoints) {
        this.tenants = tenants;
        this.dsl = dsl;
        this.outbox = outbox;
        this.index = index;
        this.participation = participation;
        this.transfers = transfers;
        this.rebuilder = rebuilder;
        this.directory = directory;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.checkpoints = checkpoints;
    }

    @Scheduled(
            fixedDelayString = "${meritasn.mobility.indexer-interval:1000}",
            initialDelayString = "${meritasn.mobility.indexer-interval:1000}")
    void tick() {
        if (!properties.indexerEnabled() || !checkpoints.open(Gate.SCHEDULED_INDEX_PASS)) {
            return;
        }
        try {
            if (Instant.now(clock).isAfter(lastRefresh.plus(properties.participationRefresh()))) {
                refreshParticipation();
                transactions.executeWithoutResult(s -> index.pruneText());
                lastRefresh = Instant.now(clock);
            }
            drainAll();
            transfers.retryPending(OffsetDateTime.now(clock).minus(properties.transferRetryAfter()));
        } catch (RuntimeException e) {
            log.warn("Mobility indexer pass failed; pending updates stay in the outboxes", e);
        }
    }

    /**
     * Starts a pass as soon as a transaction that wrote an outbox row commits: a published period waited up to a whole
     * interval for the next scheduled pass (half of it on average) before the indexer even looked.
     */
    @TransactionalEventListener
    public void wake(OutboxWritten written) {
        if (properties.indexerEnabled()
                && checkpoints.open(Gate.WOKEN_INDEX_PASS)
                && wakeQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeQueued.set(false);
                if (!checkpoints.open(Gate.WOKEN_INDEX_PASS)) {
                    return; // switched off while this pass waited
                }
                try {
                    drainAll();
                } catch (RuntimeException e) {
                    log.warn("Mobility indexer pass failed; pending updates stay in the outboxes", e);
                }
            });
        }
    }

    /**
     * Re-reads every active agency's policy (one statement for all of them) and applies the ones that differ from the
     * indexer's view, as if the policy had just been set.
     */
    void refreshParticipation() {
        Map<String, Boolean> policies;
        try {
            List<String> active = SystemActor.callAsPlatform(directory::activeAgencies).stream()
                    .map(AgencySummary::key)
                    .toList();
            policies = participation.participating(active);
        } catch (RuntimeException e) {
            // a schema change under way, the database briefly away: the next refresh reads them again, and the
            // passes go on meanwhile
            log.warn("Could not re-read the agencies' mobility policies; trying again at the next refresh", e);
            return;
        }
        Map<String, Boolean> known = index.participatingAgencies();
        policies.forEach((agency, participates) -> {
            if (participates.equals(known.get(agency))) {
                return; // nothing to apply: no transaction for it
            }
            try {
                SystemActor.callForAgency(
                        agency, () -> transactions.execute(s -> participation.apply(agency, participates)));
            } catch (RuntimeException e) {
                log.warn("Could not refresh mobility participation of {}", agency, e);
            }
        });
    }

    /**
     * Drains the outbox of every participating agency that has pending rows; returns how many outbox rows were
     * processed. The outboxes themselves say which agencies have work (one statement over all of them), so nothing
     * pending is missed after a restart and the agencies without work cost nothing but that statement.
     */
    int drainAll() {
        int processed = 0;
        List<String> pending;
        try {
            pending = transactions.execute(s -> {
                // This read locks every participating outbox and its index; DDL on an agency (dropping an incomplete
                // one, an upgrade) takes the same relations in the other order. The pass gives way after a short
                // wait instead of deadlocking with it (seen in NationalGeneratorIT); the next pass finds the work.
                dsl.execute("SET LOCAL lock_timeout = '200ms'");
                Map<String, String> schemas = new java.util.TreeMap<>(index.participatingSchemas());
                schemas.keySet().removeIf(agency -> !participation.onPlatformServer(agency));
                return outbox.withPending(dsl, schemas);
            });
        } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
            log.debug("Mobility outboxes busy with a schema change; trying again next pass", busy);
            return 0;
        }
        for (String agency : pending) {
            try {
                processed += drain(agency);
                transactions.executeWithoutResult(s -> index.recordError(agency, null));
            } catch (RuntimeException e) {
                log.warn("Mobility outbox of {} not drained", agency, e);
                transactions.executeWithoutResult(
                        s -> index.recordError(agency, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return processed;
    }

    /** Drains one agency's outbox, one batch per transaction. */
    int drain(String agency) {
        int total = 0;
        while (true) {
            int batch = SystemActor.callForAgency(agency, () -> transactions.execute(s -> drainBatch(agency)));
            total += batch;
            if (batch < properties.batchSize()) {
                return total;
            }
        }
    }

    private int drainBatch(String agency) {
        long start = System.nanoTime();
        DSLContext tenant = tenants.enter(agency);
        List<OutboxRow> rows = outbox.pending(tenant, properties.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        Set<String> nips = new LinkedHashSet<>();
        if (rows.stream().anyMatch(r -> r.nip() == null)) {
            nips.addAll(outbox.allConsenting(tenant));
            nips.addAll(index.nips(agency));
        }
        rows.stream().map(OutboxRow::nip).filter(Objects::nonNull).forEach(nips::add);
        int chunk = properties.commitChunk();
        if (nips.size() <= chunk) {
            rebuilder.rebuild(agency, tenant, nips); // commits with the rows it processes
        } else {
            // A larger rebuild (a published period names every entry: 60,000 for a large agency) commits chunk by
            // chunk, in NIP order, so the first entries are visible while the rest are still read and written; in
            // one transaction every entry became visible at the end (lag p50 = p95). The outbox rows stay locked by
            // this transaction and are marked processed only after the last chunk: a crash in between leaves them
            // pending, and the next pass rebuilds the same entries again (a rebuild is idempotent).
            // Chunks run on rebuildThreads workers at once: one chunk's reads and entry building in the JVM overlap
            // another's writes in PostgreSQL (one after the other, each side waited for the other).
            List<String> ordered = nips.stream().sorted().toList();
            log.debug(
                    "Mobility index of {}: rebuilding {} entries in chunks of {}, planned in {} ms",
                    agency,
                    ordered.size(),
                    chunk,
                    (System.nanoTime() - start) / 1_000_000);
            rebuilder.rebuildInChunks(agency, ordered, chunk);
        }
        checkpoints.reached(Point.INDEX_WRITTEN, nips.size());
        outbox.markProcessed(tenant, rows.stream().map(OutboxRow::id).toList());
        return rows.size();
    }

    @PreDestroy
    void stopWaker() {
        waker.shutdownNow();
    }
}
