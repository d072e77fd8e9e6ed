package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.UniqueKeys;
import id.meritasn.ui.BrowserScript;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security of people in the browser, against the real Keycloak: a second factor for privileged roles (and setting
 * one up), and personal data (UU 27/2022): who read an employee's data, the employee's own download, the
 * data-protection officer's log.
 */
class PeopleSecurityEndToEndIT extends KeycloakPlatformTest {

    @Autowired
    Keycloak keycloakAdmin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmployeeService employees;

    @Test
    void privileged_roles_sign_in_with_a_second_factor_and_a_new_one_sets_it_up_first() throws Exception {
        var realm = keycloakAdmin.realm("meritasn");
        for (String role : List.of("platform-admin", "tenant-admin", "talent-committee", "ppk")) {
            assertThat(realm.roles().get(role).getRoleComposites())
                    .as(role)
                    .extracting(org.keycloak.representations.idm.RoleRepresentation::getName)
                    .contains("mfa-required");
        }
        for (String role : List.of("employee", "assessor", "national-oversight")) {
            assertThat(realm.roles().get(role).getRoleComposites()).as(role).isEmpty();
        }
        String username = UniqueKeys.next("mfa.baru");
        var user = new org.keycloak.representations.idm.UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName("Baru");
        user.setLastName("Operator");
        user.setEmail(username + "@example.go.id");
        user.setEmailVerified(true);
        var password = new org.keycloak.representations.idm.CredentialRepresentation();
        password.setType("password");
        password.setValue("meritasn-demo");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        String id;
        try (var created = realm.users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            id = org.keycloak.admin.client.CreatedResponseUtil.getCreatedId(created);
        }
        realm.users()
                .get(id)
                .roles()
                .realmLevel()
                .add(List.of(realm.roles().get("tenant-admin").toRepresentation()));

        BrowserScript.Result result = BrowserScript.run("mfa.mjs", APP, username);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains(
                        "employee without a second factor: OK",
                        "tenant admin with a second factor: OK",
                        username + " set up an authenticator and signed in: OK");
        assertThat(realm.users().get(id).credentials())
                .extracting(c -> c.getType())
                .contains("otp");
    }

    @Test
    void an_employee_sees_who_read_their_profile_downloads_their_data_and_the_officer_sees_the_log() throws Exception {
        String agency = "tangerang";
        String nip = SystemActor.callForAgency(
                agency,
                () -> employees.activeNips(agency).stream().sorted().findFirst().orElseThrow());

        BrowserScript.Result result = BrowserScript.run("privacy.mjs", APP, agency, nip);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains(
                        "employee sees the read and downloads their data: OK",
                        "data-protection officer sees the read: OK");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM t_tangerang.profile_read WHERE nip = ? AND reader = ?",
                        Integer.class,
                        nip,
                        "tangerang.admin"))
                .isPositive();
    }
}
