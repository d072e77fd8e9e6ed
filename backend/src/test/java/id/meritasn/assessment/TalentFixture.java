package id.meritasn.assessment;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/**
 * A fresh agency with one Kepala Bagian, Andi, whose records (awards, teams, education, position history) are in, and
 * an OPEN period "2026"; {@link #completeInputs} gives him every input, which maps him in box 9.
 */
final class TalentFixture {

    static final String NIP = "198001152005031001";

    final HttpGraphQlTester graphQl;
    final String agency;
    final String period;

    private TalentFixture(HttpGraphQlTester graphQl, String agency, String period) {
        this.graphQl = graphQl;
        this.agency = agency;
        this.period = period;
    }

    static HttpGraphQlTester as(HttpGraphQlTester graphQl, String agency, String user, String role) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder(user, role)
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();
    }

    HttpGraphQlTester as(String user, String role) {
        return as(graphQl, agency, user, role);
    }

    static TalentFixture provision(HttpGraphQlTester graphQl, TenantProvisioningService provisioning, String prefix) {
        String agency = UniqueKeys.next(prefix);
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        HttpGraphQlTester admin = as(graphQl, agency, "admin", "tenant-admin");
        admin.document("mutation { saveUnit(input: {code: \"SETDA\", name: \"Setda\"}) { unit { code } } }")
                .execute();
        admin.document("""
                mutation { savePosition(input: {code: "KABAG", name: "Kepala Bagian", level: "ADMINISTRATOR", unitCode: "SETDA",
                  standard: [{competency: "integritas", kind: MANAGERIAL, requiredLevel: 4},
                             {competency: "kerja_sama", kind: MANAGERIAL, requiredLevel: 4},
                             {competency: "perekat_bangsa", kind: SOCIO_CULTURAL, requiredLevel: 2}]}) { position { code } } }""").execute();
        admin.document("mutation { createEmployee(input: {nip: \"" + NIP + "\", name: \"Andi\", golongan: \"III/d\", "
                        + "golonganTmt: \"2022-04-01\", positionCode: \"KABAG\"}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(NIP);
        for (String entry : List.of(
                "{nip: \"" + NIP + "\", kind: AWARD, name: \"Satyalancana\", date: \"2024-08-17\"}",
                "{nip: \"" + NIP
                        + "\", kind: TEAM_ASSIGNMENT, name: \"Tim Reformasi Birokrasi\", date: \"2026-03-01\"}",
                "{nip: \"" + NIP + "\", kind: CERTIFICATE, name: \"Sertifikat Manajemen SDM\", date: \"2023-05-01\"}",
                "{nip: \"" + NIP
                        + "\", kind: EDUCATION, code: \"S2\", name: \"Administrasi Publik\", detail: \"UI\", number: 2010}",
                "{nip: \"" + NIP
                        + "\", kind: POSITION, code: \"ADMINISTRATOR\", name: \"Kepala Bagian\", date: \"2020-01-01\"}")) {
            admin.document("mutation { addHistoryEntry(input: " + entry + ") { errors { __typename } } }")
                    .execute()
                    .path("addHistoryEntry.errors")
                    .entityList(Object.class)
                    .hasSize(0);
        }
        String period = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id status } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        return new TalentFixture(graphQl, agency, period);
    }

    String input(String fields) {
        return "{periodId: " + period + ", nip: \"" + NIP + "\", " + fields + "}";
    }

    void completeInputs() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        for (String mutation : List.of(
                "recordSkp(input: "
                        + input("hasilKerja: DI_ATAS_EKSPEKTASI, perilakuKerja: DI_ATAS_EKSPEKTASI, evidence: \"skp\"")
                        + ")",
                "recordCompetency(input: "
                        + input("levels: [{competency: \"integritas\", level: 4}, {competency: \"kerja_sama\", "
                                + "level: 4}, {competency: \"perekat_bangsa\", level: 2}], evidence: \"asesmen\"")
                        + ")",
                "recordPotential(input: " + input("score: 85, evidence: \"cact\"") + ")",
                "recordFieldFit(input: " + input("fits: true, evidence: \"ijazah\"") + ")",
                "declareNoSanction(input: " + input("evidence: \"surat pernyataan\"") + ")")) {
            String name = mutation.substring(0, mutation.indexOf('('));
            admin.document("mutation { " + mutation + " { result { version } errors { code message } } }")
                    .execute()
                    .path(name + ".errors")
                    .entityList(Object.class)
                    .hasSize(0);
        }
        peersRate(4);
    }

    /** Three colleagues assigned as Andi's peers by the operator, each answering through their own account. */
    void peersRate(int score) {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        for (int i = 1; i <= 3; i++) {
            String rater = "19910101201503100" + i;
            admin.document(
                            "mutation { createEmployee(input: {nip: \"" + rater + "\", name: \"Rekan " + i
                                    + "\", golongan: \"III/a\", golonganTmt: \"2020-04-01\", unitCode: \"SETDA\"}) { employee { nip } } }")
                    .execute()
                    .path("createEmployee.employee.nip")
                    .entity(String.class)
                    .isEqualTo(rater);
            admin.document("mutation { addFeedbackRater(input: "
                            + input("rater: \"" + rater + "\", group: PEER," + " reason: \"Rekan satu bagian\"")
                            + ") { errors { rule } } }")
                    .execute()
                    .path("addFeedbackRater.errors")
                    .entityList(Object.class)
                    .hasSize(0);
            employeeWithNip(rater)
                    .document("mutation { recordFeedback(input: " + input("score: " + score)
                            + ") { recorded errors { rule } } }")
                    .execute()
                    .path("recordFeedback.recorded")
                    .entity(Boolean.class)
                    .isEqualTo(true);
        }
    }

    HttpGraphQlTester employeeWithNip(String nip) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder("pegawai", "employee")
                                        .claims(Map.of("organization", List.of(agency), "nip", nip))
                                        .mint())
                .build();
    }
}
