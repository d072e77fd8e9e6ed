package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.shared.security.Roles;
import id.meritasn.succession.NationalFairness;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantLifecycleService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.NonNull;

/** The registry as platform operators and national oversight see it (status, schema version, shard), and the national figures. */
@BrowserCallable
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.NATIONAL_OVERSIGHT})
class PlatformService {

    private static final int PAGE = 500;

    private final TenantLifecycleService lifecycle;
    private final NationalFairness national;

    PlatformService(TenantLifecycleService lifecycle, NationalFairness national) {
        this.lifecycle = lifecycle;
        this.national = national;
    }

    /** Every agency of the registry, page by page (a national instance holds more than one page). */
    public @NonNull List<@NonNull Tenant> tenants() {
        List<Tenant> all = new ArrayList<>();
        List<Tenant> page;
        do {
            page = lifecycle.page(all.isEmpty() ? null : all.getLast().key(), PAGE, null);
            all.addAll(page);
        } while (page.size() == PAGE);
        return all;
    }

    /** The national figures of the home page (at most ten minutes old: every agency is read). */
    public NationalFairness.@NonNull Indicators indicators() {
        return national.indicators();
    }
}
