package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/**
 * Roadmaps by need (Palangka Raya): a Pelaksana sees the Pengawas posts and the functional entry post, the one whose
 * holder retires next year and the vacant one above a filled one; with the agency's policy the paths go two and three
 * steps on.
 */
class CareerRoadmapIT extends PlatformIntegrationTest {

    static final String STAF = "199501152020121001";
    /** Born January 1969: a Pengawas (retirement age 58) who retires on 1 February 2027. */
    static final String RETIRING = "196901152000031002";

    static final String YOUNG = "198801152012121003";
    static final String KABAG_HOLDER = "198001152005031004";
    static final String ROADMAP =
            "query($nip: String) { careerRoadmap(nip: $nip) { targets { position { code } step needs"
                    + " vacancyDate eligibility } } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    String agency;
    HttpGraphQlTester admin;

    @BeforeEach
    void organisation() {
        agency = UniqueKeys.next("karier");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(
                        agency, "Instansi " + agency, TenantKind.KOTA, "Kalimantan Tengah", null, Map.of()),
                "test"));
        admin = graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder("admin", "tenant-admin")
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();
        admin.document(
                        "mutation { saveUnit(input: {code: \"SETDA\", name: \"Sekretariat Daerah\"}) { unit { code } } }")
                .execute();
        position("STAF", "Pengadministrasi Umum", "PELAKSANA");
        position("KASUBAG_UMUM", "Kepala Subbagian Umum", "PENGAWAS");
        position("KASUBAG_KEU", "Kepala Subbagian Keuangan", "PENGAWAS");
        position("ANALIS", "Analis SDM Aparatur Ahli Pertama", "AHLI_PERTAMA");
        position("KABAG", "Kepala Bagian Umum", "ADMINISTRATOR");
        employee(STAF, "Staf", "II/c", "STAF");
        employee(RETIRING, "Pensiun", "III/d", "KASUBAG_UMUM");
        employee(YOUNG, "Muda", "III/c", "KASUBAG_KEU");
        employee(KABAG_HOLDER, "Kabag", "IV/a", "KABAG");
    }

    @Test
    void a_pelaksana_sees_pengawas_and_functional_posts_ranked_by_need() {
        var roadmap = admin.document(ROADMAP).variable("nip", STAF).execute();
        List<String> codes = roadmap.path("careerRoadmap.targets[*].position.code")
                .entityList(String.class)
                .get();

        // the vacant functional post first, then the Pengawas post vacating next year, then the one filled for years
        assertThat(codes).containsExactly("ANALIS", "KASUBAG_UMUM", "KASUBAG_KEU");
        roadmap.path("careerRoadmap.targets[0].needs")
                .entityList(String.class)
                .containsExactly("VACANT")
                .path("careerRoadmap.targets[1].needs")
                .entityList(String.class)
                .containsExactly("RETIREMENT")
                .path("careerRoadmap.targets[1].vacancyDate")
                .entity(String.class)
                .isEqualTo("2027-02-01")
                .path("careerRoadmap.targets[2].needs")
                .entityList(String.class)
                .hasSize(0);
        assertThat(roadmap.path("careerRoadmap.targets[*].step")
                        .entityList(Integer.class)
                        .get())
                .containsOnly(1);
    }

    @Test
    void each_reason_travels_as_a_code_with_arguments_and_its_english() {
        var checks = admin.document(
                        "query($nip: String) { careerRoadmap(nip: $nip) { targets { checks { rule reason"
                                + " reasonText { code english indonesian args { name value } } gap gapText { code english } } } } }")
                .variable("nip", STAF)
                .execute();
        List<String> reasons = checks.path("careerRoadmap.targets[0].checks[*].reason")
                .entityList(String.class)
                .get();
        List<String> english = checks.path("careerRoadmap.targets[0].checks[*].reasonText.english")
                .entityList(String.class)
                .get();
        List<String> codes = checks.path("careerRoadmap.targets[0].checks[*].reasonText.code")
                .entityList(String.class)
                .get();

        assertThat(english).isEqualTo(reasons);
        assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("eligibility."));
        // the discipline rule's reason names the day of the check as its one argument
        int discipline = checks.path("careerRoadmap.targets[0].checks[*].rule")
                .entityList(String.class)
                .get()
                .indexOf("DISCIPLINE");
        checks.path("careerRoadmap.targets[0].checks[" + discipline + "].reasonText.code")
                .entity(String.class)
                .isEqualTo("eligibility.DISCIPLINE_NONE")
                .path("careerRoadmap.targets[0].checks[" + discipline + "].reasonText.args[0].name")
                .entity(String.class)
                .isEqualTo("date");
        String day = checks.path("careerRoadmap.targets[0].checks[" + discipline + "].reasonText.args[0].value")
                .entity(String.class)
                .get();
        checks.path("careerRoadmap.targets[0].checks[" + discipline + "].reasonText.indonesian")
                .entity(String.class)
                .isEqualTo("Tidak ada hukuman disiplin yang berlaku pada " + day + ".");
    }

    @Test
    void with_the_roadmap_for_everyone_policy_paths_go_further_than_the_next_step() {
        admin.document("mutation { setAgencyPolicy(input: {name: \"career.roadmapForEveryone\", valueJson: \"true\","
                        + " reason: \"Peta karier untuk setiap ASN\"}) { errors { __typename } } }")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);

        var roadmap = admin.document(ROADMAP).variable("nip", STAF).execute();
        List<String> codes = roadmap.path("careerRoadmap.targets[*].position.code")
                .entityList(String.class)
                .get();
        List<Integer> steps = roadmap.path("careerRoadmap.targets[*].step")
                .entityList(Integer.class)
                .get();

        assertThat(codes).startsWith("ANALIS", "KASUBAG_UMUM", "KASUBAG_KEU").contains("KABAG");
        assertThat(steps.get(codes.indexOf("KABAG"))).isEqualTo(2); // Pelaksana, Pengawas, Administrator
        assertThat(steps).isSorted();
    }

    @Test
    void the_ladder_leads_a_pelaksana_to_pengawas_and_functional_posts_and_never_back() {
        assertThat(CareerLadder.atStep("PELAKSANA", 1)).contains("PENGAWAS", "AHLI_PERTAMA", "TERAMPIL");
        assertThat(CareerLadder.atStep("PELAKSANA", 2))
                .contains("ADMINISTRATOR", "AHLI_MUDA")
                .doesNotContain("PENGAWAS", "PELAKSANA");
        assertThat(CareerLadder.atStep("JPT_UTAMA", 1)).isEmpty();
    }

    void position(String code, String name, String level) {
        admin.document("mutation { savePosition(input: {code: \"" + code + "\", name: \"" + name + "\", level: \""
                        + level + "\", unitCode: \"SETDA\", standard: [{competency: \"integritas\", kind: MANAGERIAL,"
                        + " requiredLevel: 3}]}) { position { code } } }")
                .execute()
                .path("savePosition.position.code")
                .entity(String.class)
                .isEqualTo(code);
    }

    void employee(String nip, String name, String golongan, String position) {
        admin.document("mutation { createEmployee(input: {nip: \"" + nip + "\", name: \"" + name + "\", golongan: \""
                        + golongan + "\", golonganTmt: \"2022-04-01\", positionCode: \"" + position
                        + "\"}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(nip);
    }
}
