package id.meritasn.mobility;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the mobility indexer. The pass interval itself is {@code meritasn.mobility.indexer-interval} (ms,
 * default 1000), read by the scheduler.
 *
 * @param indexerEnabled       run indexer passes (off: outbox rows wait, nothing is lost)
 * @param batchSize            outbox rows of one agency handled in one transaction
 * @param commitChunk          entries of a larger rebuild (a published period names every entry) written and committed
 *                             together, so readers see the first ones while the rest are still being written
 * @param participationRefresh how often every agency's policy is re-read, besides the immediate update when the
 *                             policy is set through the platform (a safety net for changes made around it)
 * @param transferRetryAfter   an accepted request whose transfer failed is retried by the indexer after this long
 * @param rebuildThreads       chunks of a larger rebuild written at once (each its own transaction): one chunk's
 *                             reads in the JVM overlap another's writes in PostgreSQL
 */
@ConfigurationProperties("meritasn.mobility")
record MobilityProperties(
        Boolean indexerEnabled,
        int batchSize,
        int commitChunk,
        Duration participationRefresh,
        Duration transferRetryAfter,
        int rebuildThreads) {

    MobilityProperties {
        indexerEnabled = indexerEnabled == null || indexerEnabled;
        batchSize = batchSize > 0 ? batchSize : 200;
        commitChunk = commitChunk > 0 ? commitChunk : 5000;
        participationRefresh = participationRefresh != null ? participationRefresh : Duration.ofMinutes(1);
        transferRetryAfter = transferRetryAfter != null ? transferRetryAfter : Duration.ofMinutes(1);
        rebuildThreads = rebuildThreads > 0 ? rebuildThreads : 2;
    }
}
