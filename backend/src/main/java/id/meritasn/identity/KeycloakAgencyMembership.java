package id.meritasn.identity;

import id.meritasn.tenancy.AgencyMembership;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** An agency's members are the members of the Keycloak organization whose alias is the agency's key. */
class KeycloakAgencyMembership implements AgencyMembership {

    private static final int PAGE = 200;

    private final Keycloak keycloak;
    private final String realm;

    KeycloakAgencyMembership(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    public List<String> members(String agency) {
        OrganizationResource organization = organization(agency);
        List<String> usernames = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<MemberRepresentation> page = organization.members().list(first, PAGE);
            page.forEach(member -> usernames.add(member.getUsername()));
            if (page.size() < PAGE) {
                return usernames.stream().sorted().toList();
            }
        }
    }

    @Override
    public List<String> restore(String agency, List<String> usernames) {
        OrganizationResource organization = organization(agency);
        List<String> members = members(agency);
        List<String> unknown = new ArrayList<>();
        for (String username : usernames) {
            if (members.contains(username)) {
                continue;
            }
            List<UserRepresentation> users = keycloak.realm(realm).users().searchByUsername(username, true);
            if (users.isEmpty()) {
                unknown.add(username);
                continue;
            }
            try (Response added =
                    organization.members().addMember(users.getFirst().getId())) {
                if (added.getStatus() >= 300 && added.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                    throw new IllegalStateException("Keycloak refused to add " + username + " to organization '"
                            + agency + "': HTTP " + added.getStatus());
                }
            }
        }
        return unknown;
    }

    private OrganizationResource organization(String agency) {
        String id = KeycloakOrganizationStep.withAlias(keycloak.realm(realm).organizations(), agency)
                .orElseThrow(() -> new IllegalStateException("Keycloak has no organization '" + agency + "'."))
                .getId();
        return keycloak.realm(realm).organizations().get(id);
    }
}
