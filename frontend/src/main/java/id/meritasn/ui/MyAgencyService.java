package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.tenancy.AgencyProfile;
import id.meritasn.tenancy.AgencyService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user's agency. The UI acts for the first agency the user belongs to (API callers choose with the
 * X-MeritASN-Agency header); the backend service checks membership and role again.
 */
@BrowserCallable
@PermitAll
class MyAgencyService {

    private final AgencyService agencies;

    MyAgencyService(AgencyService agencies) {
        this.agencies = agencies;
    }

    public @Nullable AgencyProfile myAgency() {
        List<String> memberships =
                AgencyAuthorities.memberships(SecurityContextHolder.getContext().getAuthentication());
        return memberships.isEmpty() ? null : agencies.profile(memberships.getFirst());
    }
}
