package id.meritasn.identity;

import id.meritasn.notification.Notice;
import id.meritasn.notification.NotificationRecipients;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The people a notice names, from the realm: holders of a realm role, the account with a NIP, or every account with
 * a NIP; each kept only if it is enabled, has an e-mail address and is a member of the agency's organization, so
 * a user of another agency with the same role never receives it.
 */
class KeycloakNotificationRecipients implements NotificationRecipients {

    private static final int PAGE = 200;

    private final Keycloak keycloak;
    private final String realm;

    KeycloakNotificationRecipients(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    public List<Recipient> recipients(String agency, Notice.Audience audience) {
        OrganizationResource organization = organization(agency);
        Map<String, Recipient> found = new LinkedHashMap<>();
        switch (audience) {
            case Notice.Role role -> {
                for (int first = 0; ; first += PAGE) {
                    List<UserRepresentation> page = keycloak.realm(realm)
                            .roles()
                            .get(realmRole(role.role()))
                            .getUserMembers(false, first, PAGE);
                    page.stream().filter(user -> member(organization, user)).forEach(user -> add(found, user));
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
            case Notice.Employee employee ->
                keycloak
                        .realm(realm)
                        .users()
                        .searchByAttributes(0, PAGE, true, false, true, "nip:" + employee.nip())
                        .stream()
                        .filter(user -> member(organization, user))
                        .forEach(user -> add(found, user));
            case Notice.Employees all -> {
                for (int first = 0; ; first += PAGE) {
                    var page = organization.members().list(first, PAGE, false);
                    page.stream()
                            .filter(user -> user.getAttributes() != null
                                    && user.getAttributes().containsKey("nip"))
                            .forEach(user -> add(found, user));
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The realm's name of a role: {@code TALENT_COMMITTEE} is {@code talent-committee} (see KeycloakClaims). */
    static String realmRole(String role) {
        return role.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void add(Map<String, Recipient> found, UserRepresentation user) {
        if (!Boolean.FALSE.equals(user.isEnabled())
                && user.getEmail() != null
                && !user.getEmail().isBlank()) {
            found.putIfAbsent(user.getUsername(), new Recipient(user.getUsername(), user.getEmail()));
        }
    }

    private static boolean member(OrganizationResource organization, UserRepresentation user) {
        try {
            organization.members().member(user.getId()).toRepresentation();
            return true;
        } catch (NotFoundException notMember) {
            return false;
        }
    }

    private OrganizationResource organization(String agency) {
        String id = KeycloakOrganizationStep.withAlias(keycloak.realm(realm).organizations(), agency)
                .orElseThrow(() -> new IllegalStateException("Keycloak has no organization '" + agency + "'."))
                .getId();
        return keycloak.realm(realm).organizations().get(id);
    }
}
