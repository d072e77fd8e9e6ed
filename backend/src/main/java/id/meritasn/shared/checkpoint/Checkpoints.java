package id.meritasn.shared.checkpoint;

/**
 * Called by work that commits in several steps, at the points where a process can stop between two commits, and by
 * background workers before a pass. Production passes through ({@link PassThroughCheckpoints}). A test supplies its
 * own bean to throw at a point (a crash there: the work must resume from what committed) or to close a gate (an
 * outage of that worker), instead of the services carrying mutable fields for it.
 */
public interface Checkpoints {

    /** Where a step of multi-commit work has just committed (or, for a transfer, written one side). */
    enum Point {
        /** An import chunk and the job's progress committed; the progress is the rows done so far. */
        IMPORT_CHUNK_COMMITTED,
        /** The mobility index entries of an outbox batch are written, its rows not yet marked processed. */
        INDEX_WRITTEN,
        /** A transfer wrote the releasing agency's side, not yet the receiving one's. */
        TRANSFER_RELEASING_SIDE_WRITTEN,
        /** A transfer wrote both agencies' sides, the request is not yet marked completed. */
        TRANSFER_RECEIVING_SIDE_WRITTEN
    }

    /** A background pass that may be held. */
    enum Gate {
        /** The mobility indexer's passes on its schedule. */
        SCHEDULED_INDEX_PASS,
        /** The mobility indexer's passes woken by a commit that wrote an outbox. */
        WOKEN_INDEX_PASS
    }

    /**
     * The work reached the point with {@code progress} units done (rows, entries; 0 where it counts nothing). A
     * runtime exception thrown here propagates as a crash would.
     */
    void reached(Point point, long progress);

    /** Whether a pass of this kind may run now. */
    boolean open(Gate gate);
}
