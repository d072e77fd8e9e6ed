package id.meritasn.assessment;

import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** The superior chain above each employee, and the caller's place in it: who holds which tier of a validation. */
record TierChains(Map<String, String> superiors, @Nullable String callerNip, boolean tenantAdmin) {

    /** Who holds which tier, from the organisation (read as the agency: a tier holder may hold only the employee role). */
    static TierChains of(String agency, OrganizationService organization, EmployeeService employees) {
        Map<Long, @Nullable Long> parents =
                SystemActor.callForAgency(agency, () -> RaterDerivation.unitParents(organization.unitTree(agency)));
        Map<String, String> superiors =
                SystemActor.callForAgency(agency, () -> RaterDerivation.superiors(employees.roster(agency), parents));
        var caller = SecurityContextHolder.getContext().getAuthentication();
        return new TierChains(
                superiors,
                CallerClaims.currentNip(),
                caller != null && AgencyAuthorities.roles(caller).contains(Roles.TENANT_ADMIN));
    }

    /** Tier k is held by the (k+1)-th superior of the employee; with nobody there, by the tenant admins. */
    boolean holds(String nip, int tier) {
        String holder = holder(nip, tier);
        return holder == null ? tenantAdmin : holder.equals(callerNip);
    }

    @Nullable
    String holder(String nip, int tier) {
        String holder = nip;
        for (int step = 0; step <= tier && holder != null; step++) {
            holder = superiors.get(holder);
        }
        return holder;
    }
}
