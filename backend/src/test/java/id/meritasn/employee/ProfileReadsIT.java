package id.meritasn.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.AgencyPeople;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * UU 27/2022: every time someone other than the employee is shown the employee's record, results or roadmap, it is
 * recorded; the employee sees who looked, the agency's data-protection officer reads the whole record.
 */
class ProfileReadsIT extends PlatformIntegrationTest {

    static final String SITI = "198001152005011002";
    static final String BUDI = "198505102010011003";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    AgencyPeople people;

    @BeforeEach
    void agencyWithTwoEmployees() {
        people = AgencyPeople.provision(graphQl, provisioning, "pdp");
        for (String nip : List.of(SITI, BUDI)) {
            people.as("tenant-admin", null)
                    .document("""
                    mutation($input: EmployeeInput!) { createEmployee(input: $input) { errors { __typename } } }""")
                    .variable(
                            "input",
                            Map.of(
                                    "nip",
                                    nip,
                                    "name",
                                    "Pegawai " + nip.substring(14),
                                    "golongan",
                                    "III/a",
                                    "golonganTmt",
                                    "2020-04-01"))
                    .execute()
                    .path("createEmployee.errors")
                    .entityList(Object.class)
                    .hasSize(0);
        }
    }

    List<Map<String, Object>> log(HttpGraphQlTester caller, String document, String path) {
        return caller.document(document)
                .execute()
                .path(path)
                .entityList(mapType())
                .get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Class<Map<String, Object>> mapType() {
        return (Class) Map.class;
    }

    @Test
    void a_read_by_someone_else_is_recorded_and_shown_to_the_employee_and_the_data_protection_officer() {
        HttpGraphQlTester admin = people.as("tenant-admin", null);
        String adminName = admin.document("{ me { name } }")
                .execute()
                .path("me.name")
                .entity(String.class)
                .get();
        admin.document("{ employee(nip: \"" + SITI + "\") { name } }")
                .execute()
                .path("employee.name")
                .hasValue();
        admin.document("{ careerRoadmap(nip: \"" + SITI + "\") { nip } }").execute();
        // a NIP the agency does not have shows nothing, so nothing is recorded
        admin.document("{ employee(nip: \"199001012015011001\") { name } }")
                .execute()
                .path("employee")
                .valueIsNull();

        var siti = people.as("employee", SITI);
        // the employee's own roadmap is not a read by someone else
        siti.document("{ careerRoadmap { nip } }").execute();
        var mine = log(siti, "{ myProfileReads { readAt reader readerRoles nip view purpose } }", "myProfileReads");
        assertThat(mine).extracting(r -> r.get("view")).containsExactly("CAREER_ROADMAP", "EMPLOYEE_RECORD");
        assertThat(mine).allSatisfy(r -> {
            assertThat(r.get("reader")).isEqualTo(adminName);
            assertThat(r.get("nip")).isEqualTo(SITI);
            assertThat(r.get("readerRoles"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains("TENANT_ADMIN");
        });
        assertThat(mine.getLast().get("purpose")).isEqualTo(ProfileView.EMPLOYEE_RECORD.purpose());
        // Budi was not looked at
        assertThat(log(people.as("employee", BUDI), "{ myProfileReads { nip } }", "myProfileReads"))
                .isEmpty();

        var officer = people.as("data-protection-officer", null);
        assertThat(log(officer, "{ profileReads { nip view } }", "profileReads"))
                .hasSize(2);
        assertThat(log(officer, "{ profileReads(nip: \"" + BUDI + "\") { nip } }", "profileReads"))
                .isEmpty();
        assertThat(log(officer, "{ profileReads(reader: \"" + adminName + "\", first: 1) { view } }", "profileReads"))
                .extracting(r -> r.get("view"))
                .containsExactly("CAREER_ROADMAP");
    }

    @Test
    void the_officer_of_another_agency_and_other_roles_cannot_read_the_record() {
        people.as("tenant-admin", null)
                .document("{ employee(nip: \"" + SITI + "\") { name } }")
                .execute();
        var other = AgencyPeople.provision(graphQl, provisioning, "pdp");

        other.as("data-protection-officer", null)
                .document("{ profileReads { nip } }")
                .execute()
                .path("profileReads")
                .entityList(Object.class)
                .hasSize(0);
        people.as("tenant-admin", null)
                .document("{ profileReads { nip } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        people.as("data-protection-officer", null)
                .document("{ profileReads(first: 501) { nip } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("first must be between 1 and 500")));
    }
}
