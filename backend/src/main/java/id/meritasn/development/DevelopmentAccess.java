package id.meritasn.development;

import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.Roles;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who the caller is to an employee's plan, from the token (own NIP, roles) and the organisation (the employee's direct
 * superior), never from arguments the caller gives.
 */
@Component
class DevelopmentAccess {

    /** The caller's relation to the employee whose plan it is. */
    record Who(
            String nip, boolean self, boolean superior, boolean tenantAdmin, boolean committee, boolean hasSuperior) {

        boolean mayRead() {
            return self || superior || tenantAdmin || committee;
        }

        boolean mayPropose() {
            return self || superior || tenantAdmin;
        }

        /** The direct superior, or a tenant admin where the structure names none; never the employee. */
        boolean mayAgree() {
            return !self && (superior || (tenantAdmin && !hasSuperior));
        }

        /** A completion becomes merit evidence: recorded by someone other than the employee. */
        boolean mayRecordCompletion() {
            return !self && (superior || tenantAdmin);
        }
    }

    private final DevelopmentFacts facts;

    DevelopmentAccess(DevelopmentFacts facts) {
        this.facts = facts;
    }

    /** The caller's relation to employee {@code nip} (the caller's own record when null). */
    Who who(String agency, @Nullable String nip) {
        String callerNip = CallerClaims.currentNip();
        String whose = nip == null || nip.isBlank() ? callerNip : nip.trim();
        if (whose == null) {
            throw denied("Your account is not linked to a NIP; name the employee whose plan you mean.");
        }
        List<String> roles =
                AgencyAuthorities.roles(SecurityContextHolder.getContext().getAuthentication());
        String superior = facts.superior(agency, whose);
        return new Who(
                whose,
                whose.equals(callerNip),
                superior != null && superior.equals(callerNip),
                roles.contains(Roles.TENANT_ADMIN),
                roles.contains(Roles.TALENT_COMMITTEE),
                superior != null);
    }

    /** The employees whose direct superior the caller is. */
    List<String> subordinatesOfCaller(String agency) {
        String callerNip = CallerClaims.currentNip();
        if (callerNip == null) {
            return List.of();
        }
        return facts.superiors(agency).entrySet().stream()
                .filter(e -> e.getValue().equals(callerNip))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    AccessDeniedException denied(String message) {
        return new AccessDeniedException(message);
    }
}
