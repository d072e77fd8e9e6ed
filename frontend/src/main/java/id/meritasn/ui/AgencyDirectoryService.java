package id.meritasn.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.hilla.BrowserCallable;
import id.meritasn.tenancy.AgencySummary;
import id.meritasn.tenancy.TenantDirectoryService;
import java.util.List;
import org.jspecify.annotations.NonNull;

/** The public list of agencies on the platform, for the platform page (and, later, public announcements). */
@BrowserCallable
@AnonymousAllowed
class AgencyDirectoryService {

    private final TenantDirectoryService directory;

    AgencyDirectoryService(TenantDirectoryService directory) {
        this.directory = directory;
    }

    // Hilla reads nullability per type use; without these the TypeScript side sees optional values.
    public @NonNull List<@NonNull AgencySummary> agencies() {
        return directory.activeAgencies();
    }
}
