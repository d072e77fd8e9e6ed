package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.shared.security.Roles;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantLifecycleService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.NonNull;

import java.util.List;

/** The registry as platform operators and national oversight see it (status, schema version, shard). */
@BrowserCallable
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.NATIONAL_OVERSIGHT})
class PlatformService {

    private final TenantLifecycleService lifecycle;

    PlatformService(TenantLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    public @NonNull List<@NonNull Tenant> tenants() {
        return lifecycle.page(null, 500, null);
    }
}
