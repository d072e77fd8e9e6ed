package id.meritasn.identity;

import id.meritasn.assessment.TieredValidation;
import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The local demo: links each seed agency's demo employee account ({@code <agency>.pegawai}) to one of the agency's
 * demo employees by setting the account's {@code nip} attribute, which the realm's mapper puts in the tokens. Without
 * it the employee pages (own result, career roadmap) have nobody to show. The demo employees are generated at startup,
 * so the link is made here, not in the realm file; an account linked to an active employee keeps its link.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "meritasn.identity.keycloak-admin.enabled", havingValue = "true")
class DemoEmployeeAccounts implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoEmployeeAccounts.class);
    /** The demo's tier holder accounts: atasan1 and atasan2 (the realm has two). */
    private static final int DEMO_TIERS = 2;

    private final TenantManifests manifests;
    private final TieredValidation tiers;
    private final EmployeeService employees;
    private final Keycloak keycloak;
    private final String realm;

    DemoEmployeeAccounts(
            TenantManifests manifests,
            EmployeeService employees,
            Keycloak keycloak,
            KeycloakAdminProperties properties,
            TieredValidation tiers) {
        this.tiers = tiers;
        this.manifests = manifests;
        this.employees = employees;
        this.keycloak = keycloak;
        this.realm = properties.realm();
    }

    @Override
    public void seed() {
        for (TenantManifest manifest : manifests.withDemoEmployees()) {
            link(manifest.key(), manifest.key() + ".pegawai");
            // where the agency assesses in tiers (Jakarta Pusat), the tier holders of one employee (the lowest NIP
            // with a holder at every tier) sign in as <agency>.atasan1 (and .atasan2 for a second tier), so the demo's
            // validation can be done as its users would
            String agency = manifest.key();
            int agencyTiers = Math.min(DEMO_TIERS, SystemActor.callForAgency(agency, () -> tiers.tiers(agency)));
            String subject = agencyTiers == 0
                    ? null
                    : SystemActor.callForAgency(agency, () -> tiers.firstWithHolders(agency, agencyTiers));
            for (int tier = 1; subject != null && tier <= agencyTiers; tier++) {
                int t = tier;
                String holder = SystemActor.callForAgency(agency, () -> tiers.holder(agency, subject, t));
                if (holder != null) {
                    linkTo(agency + ".atasan" + tier, holder);
                }
            }
        }
    }

    /** Links the account to the agency's lowest active NIP, unless it is linked to an active employee already. */
    private void link(String agency, String username) {
        List<UserRepresentation> found = keycloak.realm(realm).users().searchByUsername(username, true);
        if (found.isEmpty()) {
            return;
        }
        Map<String, List<String>> attributes = found.getFirst().getAttributes();
        List<String> linked = attributes == null ? List.of() : attributes.getOrDefault("nip", List.of());
        List<String> active = SystemActor.callForAgency(agency, () -> employees.activeNips(agency));
        if (!linked.isEmpty() && active.contains(linked.getFirst())) {
            return;
        }
        // the lowest NIP: the same employee on every start of the same demo data; a link to someone who is no longer
        // an active employee here (other demo data, a transfer) is replaced
        active.stream().sorted().findFirst().ifPresent(nip -> linkTo(username, nip));
    }

    /** Sets the account's NIP (accounts that do not exist, in realms without them, are left alone). */
    private void linkTo(String username, String nip) {
        var users = keycloak.realm(realm).users();
        List<UserRepresentation> found = users.searchByUsername(username, true);
        if (found.isEmpty()) {
            return;
        }
        UserRepresentation user = found.getFirst();
        Map<String, List<String>> attributes =
                user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
        if (List.of(nip).equals(attributes.get("nip"))) {
            return;
        }
        attributes.put("nip", List.of(nip));
        user.setAttributes(attributes);
        users.get(user.getId()).update(user);
        log.info("Demo account {} is employee {}", username, nip);
    }
}
