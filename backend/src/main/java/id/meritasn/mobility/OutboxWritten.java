package id.meritasn.mobility;

/**
 * Published when a transaction writes an agency's mobility outbox. When that transaction commits, the indexer of this
 * instance starts a pass at once ({@link MobilityIndexer#wake}) instead of at its next scheduled one; other instances
 * find the rows at their next pass.
 */
record OutboxWritten() {

    static final OutboxWritten EVENT = new OutboxWritten();
}
