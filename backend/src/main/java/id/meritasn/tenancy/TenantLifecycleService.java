package id.meritasn.tenancy;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the registry, and suspending or resuming an agency. */
@Service
public class TenantLifecycleService {

    private final TenantRegistryRepository registry;
    private final AuditLog audit;

    TenantLifecycleService(TenantRegistryRepository registry, AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    /** The outcome of a status change: the tenant as it is now, or why nothing changed. */
    public record StatusChange(
            @Nullable Tenant tenant, @Nullable String problem) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.PLATFORM_ADMIN + "', '" + Roles.NATIONAL_OVERSIGHT + "')")
    public List<Tenant> page(@Nullable String afterKey, int limit, @Nullable TenantStatus status) {
        return registry.page(afterKey, limit, status);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.PLATFORM_ADMIN + "', '" + Roles.NATIONAL_OVERSIGHT + "')")
    public Optional<Tenant> find(String key) {
        return registry.find(key);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public StatusChange changeStatus(String key, TenantStatus status, String reason, String actor) {
        Optional<Tenant> before = registry.find(key);
        if (before.isEmpty()) {
            return new StatusChange(null, "No agency is registered with key '" + key + "'.");
        }
        if (!registry.changeStatus(key, status)) {
            return new StatusChange(before.get(), "Agency '" + key + "' is already " + status.dbValue() + ".");
        }
        audit.record(
                actor,
                status == TenantStatus.SUSPENDED ? "tenant.suspended" : "tenant.resumed",
                key,
                Map.of("reason", reason));
        return new StatusChange(registry.find(key).orElseThrow(), null);
    }
}
