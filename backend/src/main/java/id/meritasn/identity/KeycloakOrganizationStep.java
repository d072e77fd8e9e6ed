package id.meritasn.identity;

import id.meritasn.tenancy.ProvisioningStepRefused;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantProvisioningStep;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationsResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisioning step: the agency becomes a Keycloak organization whose alias is the tenant key. Runs inside the
 * provisioning transaction, so a refusal by Keycloak rolls the schema and registry row back; if the transaction rolls
 * back after the organization was created, the organization is deleted again. An organization that already exists
 * with that alias (the seed agencies come with the realm import) is adopted and never deleted by a rollback.
 */
class KeycloakOrganizationStep implements TenantProvisioningStep {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizationStep.class);

    private static final int PAGE = 200;

    private final Keycloak keycloak;
    private final String realm;
    private final Map<String, String> createdIds = new ConcurrentHashMap<>();

    KeycloakOrganizationStep(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    public void apply(Tenant tenant, DSLContext tenantDsl) {
        try {
            create(tenant);
        } catch (jakarta.ws.rs.ProcessingException | jakarta.ws.rs.WebApplicationException unreachable) {
            throw new ProvisioningStepRefused(
                    "key",
                    "The identity server (Keycloak) could not be reached or refused" + " the request ("
                            + unreachable.getMessage() + "); nothing was created, try again later.");
        }
    }

    private void create(Tenant tenant) {
        OrganizationsResource organizations = keycloak.realm(realm).organizations();
        if (existsWithAlias(organizations, tenant.key())) {
            log.info("Keycloak organization {} already exists; adopted", tenant.key());
            return;
        }
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(tenant.displayName());
        organization.setAlias(tenant.key());
        organization.setDescription(tenant.displayName() + " (" + tenant.region() + ")");
        organization.setEnabled(true);
        try (Response response = organizations.create(organization)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new ProvisioningStepRefused(
                        "displayName",
                        "Keycloak refused to create organization '"
                                + tenant.key() + "': an organization named '" + tenant.displayName()
                                + "' exists already;"
                                + " choose another display name. Nothing was created.");
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new ProvisioningStepRefused(
                        "key",
                        "Keycloak refused to create organization '" + tenant.key()
                                + "': HTTP " + response.getStatus() + " " + response.readEntity(String.class)
                                + ". Nothing was created.");
            }
            createdIds.put(tenant.key(), CreatedResponseUtil.getCreatedId(response));
        }
    }

    /** Keycloak's organization search matches names and domains, not aliases: page through and compare aliases. */
    private static boolean existsWithAlias(OrganizationsResource organizations, String alias) {
        return withAlias(organizations, alias).isPresent();
    }

    static Optional<OrganizationRepresentation> withAlias(OrganizationsResource organizations, String alias) {
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = organizations.list(first, PAGE);
            Optional<OrganizationRepresentation> found =
                    page.stream().filter(o -> alias.equals(o.getAlias())).findFirst();
            if (found.isPresent() || page.size() < PAGE) {
                return found;
            }
        }
    }

    @Override
    public void compensate(Tenant tenant) {
        String id = createdIds.remove(tenant.key());
        if (id != null) {
            try (Response ignored =
                    keycloak.realm(realm).organizations().get(id).delete()) {
                log.info("Deleted Keycloak organization {} after the provisioning rolled back", tenant.key());
            }
        }
    }

    @Override
    public void committed(Tenant tenant) {
        createdIds.remove(tenant.key());
    }
}
