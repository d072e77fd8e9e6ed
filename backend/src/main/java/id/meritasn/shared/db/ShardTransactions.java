package id.meritasn.shared.db;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs work on one shard: in the caller's transaction when it can go there, else in a transaction of its own. */
public final class ShardTransactions {

    private final TransactionTemplate newTransaction;

    ShardTransactions(PlatformTransactionManager transactionManager) {
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether {@link #run} would start a transaction of its own (so a later failure of the caller must compensate). */
    public boolean needsOwnTransaction(String shard) {
        return !ShardRouting.canJoin(shard);
    }

    public <T> T run(String shard, String what, Supplier<T> work) {
        if (!needsOwnTransaction(shard)) {
            ShardRouting.route(shard, what);
            return work.get();
        }
        return newTransaction.execute(status -> {
            ShardRouting.route(shard, what);
            return work.get();
        });
    }
}
