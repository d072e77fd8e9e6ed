package id.meritasn.audit;

import id.meritasn.shared.db.ShardRouting;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records platform actions in the caller's transaction, so an action and its audit entry commit or vanish together. */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /**
     * In the caller's transaction; when that transaction works on an agency on another database shard (the audit
     * table is on the default server), the entry is written on the default server right after it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, @Nullable String tenantKey, Map<String, ?> detail) {
        if (ShardRouting.onOtherThanDefault()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recordOnDefaultServer(actor, action, tenantKey, detail);
                }
            });
            return;
        }
        events.insert(actor, action, tenantKey, detail);
    }

    private void recordOnDefaultServer(String actor, String action, @Nullable String tenantKey, Map<String, ?> detail) {
        events.insertOnDefaultServer(actor, action, tenantKey, detail);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> forTenant(String tenantKey) {
        return events.forTenant(tenantKey);
    }
}
