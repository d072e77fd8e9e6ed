package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.tenancy.AgencyProfile;
import id.meritasn.tenancy.AgencyService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The agency the signed-in user acts for in the UI, and the switch for users who belong to several (API callers
 * choose per request with the X-MeritASN-Agency header); every backend service checks membership and role again.
 */
@BrowserCallable
@PermitAll
class MyAgencyService {

    private final AgencyService agencies;

    MyAgencyService(AgencyService agencies) {
        this.agencies = agencies;
    }

    public @Nullable AgencyProfile myAgency() {
        String agency = UiCaller.agencyOrNull();
        return agency == null ? null : agencies.profile(agency);
    }

    /** Acts for another of the user's agencies from now on in this session; refused for any other agency. */
    public void actFor(@NonNull String agency) {
        UiCaller.choose(agency);
    }
}
