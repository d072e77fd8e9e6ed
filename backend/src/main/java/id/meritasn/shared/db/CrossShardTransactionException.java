package id.meritasn.shared.db;

import id.meritasn.shared.error.ClassifiedException;

/**
 * A transaction works on one PostgreSQL server. This is thrown when it already works on one shard and then reaches
 * for data on another (an agency on another server, or platform tables from an agency's transaction on another
 * server): such an operation needs two transactions with their own idempotence, and the caller has not split it.
 */
public class CrossShardTransactionException extends ClassifiedException {

    public CrossShardTransactionException(String what, String wanted, String current) {
        super(
                Kind.BAD_REQUEST,
                what + " lives on database shard '" + wanted + "', but this transaction already works on"
                        + " shard '" + current
                        + "'; one transaction cannot span two PostgreSQL servers. Operations over"
                        + " agencies on different servers are not supported in one transaction.");
    }
}
