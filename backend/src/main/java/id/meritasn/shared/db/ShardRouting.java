package id.meritasn.shared.db;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which database shard the current transaction works on. A transaction starts without a physical connection (the
 * platform's DataSource is lazy); the shard bound here when its first statement runs decides the server, and from then
 * on the transaction stays there. Nothing bound means the default shard, where the platform schema lives.
 *
 * <p>The binding belongs to the transaction: it is suspended with it (REQUIRES_NEW) and released when it completes.
 */
public final class ShardRouting {

    private static final Object KEY = new Object();

    private ShardRouting() {}

    /** The binding of one transaction. */
    public static final class Binding {
        private String shard;
        private boolean connected;
        private final Set<String> checkedTenants = new HashSet<>();

        private Binding(String shard) {
            this.shard = shard;
        }

        public String shard() {
            return shard;
        }

        /** Whether the transaction has a physical connection (then its shard can no longer change). */
        public boolean connected() {
            return connected;
        }

        /** Tenants whose registry status this transaction checked already (no second round trip per transaction). */
        public Set<String> checkedTenants() {
            return checkedTenants;
        }
    }

    public static @Nullable Binding current() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Binding) TransactionSynchronizationManager.getResource(KEY)
                : null;
    }

    /** The shard the current transaction works on (or will, once it connects): the default one when nothing is bound. */
    public static String currentShard() {
        Binding binding = current();
        return binding == null ? Shards.DEFAULT : binding.shard;
    }

    /** Whether the current transaction works on a shard other than the default one (where the platform schema is). */
    public static boolean onOtherThanDefault() {
        return !Shards.DEFAULT.equals(currentShard());
    }

    /** Whether work on {@code shard} can run in the current transaction (it is on that shard or has not connected). */
    public static boolean canJoin(String shard) {
        Binding binding = current();
        return binding == null || binding.shard.equals(shard) || !binding.connected;
    }

    /**
     * Routes the current transaction to {@code shard}.
     *
     * @param what names the data, for the error message
     * @throws CrossShardTransactionException if the transaction already works on another shard
     */
    public static Binding route(String shard, String what) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Routing to shard " + shard + " needs a transaction (" + what + ")");
        }
        Binding binding = current();
        if (binding == null) {
            return bind(shard);
        }
        if (!binding.shard.equals(shard)) {
            if (binding.connected) {
                throw new CrossShardTransactionException(what, shard, binding.shard);
            }
            binding.shard = shard;
            binding.checkedTenants.clear();
        }
        return binding;
    }

    /** Called by the routing DataSource when a physical connection is fetched: the shard to fetch it from. */
    static String connecting() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Shards.DEFAULT;
        }
        Binding binding = current();
        if (binding == null) {
            binding = bind(Shards.DEFAULT);
        }
        binding.connected = true;
        return binding.shard;
    }

    private static Binding bind(String shard) {
        Binding binding = new Binding(shard);
        TransactionSynchronizationManager.bindResource(KEY, binding);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(KEY, binding);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return binding;
    }
}
