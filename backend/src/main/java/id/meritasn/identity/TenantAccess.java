package id.meritasn.identity;

import id.meritasn.shared.security.AgencyAuthorities;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Used in {@code @PreAuthorize} expressions as {@code @tenantAccess.isMember(#agencyKey)}: a second, independent check
 * at the service that the agency a call acts for is one the caller belongs to, whatever path the key came by.
 */
@Component("tenantAccess")
class TenantAccess {

    public boolean isMember(String agencyKey) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null
                && caller.isAuthenticated()
                && AgencyAuthorities.memberships(caller).contains(agencyKey);
    }
}
