package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.AgencyArchive;
import id.meritasn.tenancy.AgencyRestore;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agency's Keycloak organization membership goes out with its archive and comes back with it: exported, the agency
 * removed (schema, registry row and organization, as on an instance that never had it), restored, and the same
 * people are members of its organization again. A member whose account the identity server does not know is left
 * out and named in the audit trail. The people are accounts of this test, not the demo's.
 */
class AgencyArchiveEndToEndIT extends KeycloakPlatformTest {

    static final String REALM = "meritasn";

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    AgencyArchive archive;

    @Autowired
    AgencyRestore restore;

    @Autowired
    Keycloak keycloakAdmin;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void organization_members_go_out_with_the_archive_and_come_back_on_restore() {
        String key = UniqueKeys.next("arsipkc");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(key, "Instansi " + key, TenantKind.KOTA, "Bali", null, Map.of()), "e2e"));
        RealmResource realm = keycloakAdmin.realm(REALM);
        String stays = "operator.satu." + key;
        String leaves = "operator.dua." + key;
        for (String username : List.of(stays, leaves)) {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            realm.users().create(user).close();
            organization(realm, key)
                    .members()
                    .addMember(userId(realm, username))
                    .close();
        }
        assertThat(members(realm, key)).containsExactly(leaves, stays);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        SystemActor.callAsPlatform(() -> archive.export(key, file, "e2e"));
        // removed as on an instance that never had the agency: schema, registry row, organization; and one member's
        // account is gone from Keycloak meanwhile
        organization(realm, key).delete().close();
        jdbc.update("DELETE FROM platform.audit_event WHERE tenant_key = ?", key);
        jdbc.execute("DROP SCHEMA t_" + key + " CASCADE");
        jdbc.update("DELETE FROM platform.tenant WHERE key = ?", key);
        realm.users().get(userId(realm, leaves)).remove();
        try {
            var outcome = SystemActor.callAsPlatform(
                    () -> restore.restore(new ByteArrayInputStream(file.toByteArray()), "e2e"));

            assertThat(outcome).isInstanceOf(Outcome.Done.class);
            assertThat(members(realm, key)).containsExactly(stays);
            assertThat(jdbc.queryForObject(
                            "SELECT detail::text FROM platform.audit_event WHERE tenant_key = ? AND action"
                                    + " = 'tenant.restored'",
                            String.class,
                            key))
                    .contains("\"members\": 1")
                    .contains(leaves);
        } finally {
            realm.users().get(userId(realm, stays)).remove();
        }
    }

    static String userId(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).getFirst().getId();
    }

    static OrganizationResource organization(RealmResource realm, String alias) {
        return realm.organizations()
                .get(realm.organizations().list(0, 1000).stream()
                        .filter(o -> alias.equals(o.getAlias()))
                        .findFirst()
                        .orElseThrow()
                        .getId());
    }

    static List<String> members(RealmResource realm, String alias) {
        return organization(realm, alias).members().list(0, 100).stream()
                .map(MemberRepresentation::getUsername)
                .sorted()
                .toList();
    }
}
