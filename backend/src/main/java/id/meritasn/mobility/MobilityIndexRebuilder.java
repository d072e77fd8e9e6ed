package id.meritasn.mobility;

import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.TenantDatabase;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes {@link MobilityIndexer}'s rebuilt entries: in the pass's transaction, or a larger set in committed chunks. */
@Service
class MobilityIndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(MobilityIndexRebuilder.class);

    private final TenantDatabase tenants;
    private final MobilityTenantRepository outbox;
    private final MobilityIndexRepository index;
    private final IndexEntryBuilder entryBuilder;
    /** Chunks of a larger rebuild commit on their own, while the pass's transaction keeps its outbox rows locked. */
    private final TransactionTemplate chunkTransactions;
    /** Workers writing the chunks of a larger rebuild ({@link MobilityProperties#rebuildThreads}). */
    private final ExecutorService rebuilders;

    MobilityIndexRebuilder(
            TenantDatabase tenants,
            MobilityTenantRepository outbox,
            MobilityIndexRepository index,
            IndexEntryBuilder entryBuilder,
            TransactionTemplate transactions,
            MobilityProperties properties) {
        this.tenants = tenants;
        this.outbox = outbox;
        this.index = index;
        this.entryBuilder = entryBuilder;
        this.chunkTransactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.chunkTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rebuilders = Executors.newFixedThreadPool(
                properties.rebuildThreads(),
                Thread.ofPlatform().name("mobility-rebuild-", 0).daemon().factory());
    }

    /** Rebuilds these employees (in NIP order) in chunks, each committed in its own transaction, on the workers. */
    void rebuildInChunks(String agency, List<String> ordered, int chunk) {
        List<Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < ordered.size(); from += chunk) {
            List<String> part = ordered.subList(from, Math.min(ordered.size(), from + chunk));
            chunks.add(rebuilders.submit(() -> SystemActor.callForAgency(agency, () -> {
                chunkTransactions.executeWithoutResult(s -> rebuild(agency, tenants.enter(agency), part));
                return null;
            })));
        }
        awaitAll(chunks);
    }

    /** Waits for every chunk; the first failure cancels the rest and fails the batch (its rows stay pending). */
    private static void awaitAll(List<Future<?>> chunks) {
        try {
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding mobility index entries", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("Rebuilding mobility index entries failed", e.getCause());
        } finally {
            chunks.forEach(chunk -> chunk.cancel(true));
        }
    }

    @PreDestroy
    void stopRebuilders() {
        rebuilders.shutdownNow();
    }

    /** Writes the entries of these employees as the agency's data says now, and deletes the ones that must not be. */
    void rebuild(String agency, DSLContext tenant, Collection<String> nips) {
        if (nips.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Map<String, TalentIndexEntry> entries = entryBuilder.build(agency, tenant, outbox.consenting(tenant, nips));
        long read = System.nanoTime();
        int written = index.upsertAll(entries.values());
        int deleted = index.delete(
                agency, nips.stream().filter(nip -> !entries.containsKey(nip)).toList());
        log.debug(
                "Mobility index of {}: {} entries read in {} ms, {} written and {} deleted in {} ms",
                agency,
                entries.size(),
                (read - start) / 1_000_000,
                written,
                deleted,
                (System.nanoTime() - read) / 1_000_000);
    }
}
