package id.meritasn.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Records platform actions in the caller's transaction, so an action and its audit entry commit or vanish together. */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, @Nullable String tenantKey, Map<String, ?> detail) {
        events.insert(actor, action, tenantKey, detail);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> forTenant(String tenantKey) {
        return events.forTenant(tenantKey);
    }
}
