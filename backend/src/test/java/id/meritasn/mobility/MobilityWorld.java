package id.meritasn.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PeriodSteps;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.support.UnitDeclarations;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three agencies built through the API once per test class: A (Sumatera Utara) and B (Bali) take part in mobility,
 * C does not. A has a published period where ANDI is in box 8 with competency levels 4/4/2 and BUDI is mapped with
 * 3/3/2; CITRA never consents. B has position KADIS whose standard asks integritas 4, kerja_sama 3, pelayanan_publik 3.
 * Employees T1..T4 of A (with histories, no results) are for transfers; DEWI of C consents but C does not take part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MobilityWorld extends PlatformIntegrationTest {

    static final String ANDI = "198001152005031001";
    static final String BUDI = "198102202006041002";
    static final String CITRA = "198203252007052003";
    static final String DEWI = "198304302008062004";
    static final List<String> TRANSFER = List.of(
            "198505052010011005",
            "198506062010011006",
            "198507072010011007",
            "198508082010011008",
            "198509092010011009",
            "198510102010011010");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantProvisioningService provisioning;

    String a;
    String b;
    String c;
    String period;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.AfterAll
    void indexerOff() {
        MobilityIndexing.enable(context, false);
    }

    @BeforeAll
    void world() {
        MobilityIndexing.enable(context, true);
        a = UniqueKeys.next("mob_a");
        b = UniqueKeys.next("mob_b");
        c = UniqueKeys.next("mob_c");
        provision(a, "Sumatera Utara", true);
        provision(b, "Bali", true);
        provision(c, "Jawa Barat", false);

        HttpGraphQlTester adminA = admin(a);
        position(
                adminA,
                "SETDA",
                "KABAG",
                "Kepala Bagian Umum",
                "ADMINISTRATOR",
                "{competency: \"integritas\", kind: MANAGERIAL, requiredLevel: 4}, "
                        + "{competency: \"kerja_sama\", kind: MANAGERIAL, requiredLevel: 4}, "
                        + "{competency: \"perekat_bangsa\", kind: SOCIO_CULTURAL, requiredLevel: 2}");
        employee(adminA, ANDI, "Andi Saputra", "III/d", "KABAG");
        employee(adminA, BUDI, "Budi Harahap", "III/b", "KABAG");
        employee(adminA, CITRA, "Citra Lubis", "III/c", "KABAG");
        for (String nip : TRANSFER) {
            employee(adminA, nip, "Pindah " + nip.substring(14), "III/a", "KABAG");
            history(adminA, "{nip: \"" + nip + "\", kind: AWARD, name: \"Satyalancana\", date: \"2024-08-17\"}");
            history(adminA, "{nip: \"" + nip + "\", kind: RANK, code: \"III/a\", date: \"2020-04-01\"}");
        }
        history(
                adminA,
                "{nip: \"" + ANDI + "\", kind: EDUCATION, code: \"S2\", name: \"Administrasi Publik\", "
                        + "detail: \"Universitas Sumatera Utara\", number: 2010}");
        history(
                adminA,
                "{nip: \"" + ANDI + "\", kind: POSITION, code: \"ADMINISTRATOR\", name: \"Kepala Bagian\", "
                        + "date: \"2020-01-01\"}");
        history(
                adminA,
                "{nip: \"" + BUDI + "\", kind: POSITION, code: \"ADMINISTRATOR\", name: \"Kepala Bagian\", "
                        + "date: \"2023-01-01\"}");
        history(
                adminA,
                "{nip: \"" + BUDI
                        + "\", kind: EDUCATION, code: \"S1\", name: \"Hukum\", detail: \"UMSU\", number: 2004}");

        period = adminA.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        inputs(ANDI, 4, 4, 2, 85);
        inputs(BUDI, 3, 3, 2, 70);
        UnitDeclarations.declareAll(adminA, period);
        PeriodSteps.publish(adminA, period);

        HttpGraphQlTester adminB = admin(b);
        position(
                adminB,
                "DINAS",
                "KADIS",
                "Kepala Dinas Pariwisata",
                "JPT_PRATAMA",
                "{competency: \"integritas\", kind: MANAGERIAL, requiredLevel: 4}, "
                        + "{competency: \"kerja_sama\", kind: MANAGERIAL, requiredLevel: 3}, "
                        + "{competency: \"pelayanan_publik\", kind: MANAGERIAL, requiredLevel: 3}");

        HttpGraphQlTester adminC = admin(c);
        position(
                adminC,
                "SETDA",
                "STAF",
                "Staf Umum",
                "PELAKSANA",
                "{competency: \"integritas\", kind: MANAGERIAL, requiredLevel: 2}");
        employee(adminC, DEWI, "Dewi Kartika", "II/c", "STAF");
    }

    void provision(String key, String region, boolean participates) {
        Map<String, Object> policy = participates ? Map.of(MobilityParticipation.POLICY, true) : Map.of();
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(key, "Instansi " + key, TenantKind.KOTA, region, null, policy), "test"));
    }

    HttpGraphQlTester as(String agency, String user, String role, Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        if (agency != null) {
            all.put("organization", List.of(agency));
        }
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + Tokens.builder(user, role).claims(all).mint())
                .build();
    }

    HttpGraphQlTester admin(String agency) {
        return as(agency, "admin_" + agency, "tenant-admin", Map.of());
    }

    HttpGraphQlTester employeeOf(String agency, String nip) {
        return as(agency, "pegawai_" + nip, "employee", Map.of("nip", nip));
    }

    HttpGraphQlTester ppk(String agency) {
        return as(agency, "ppk_" + agency, "ppk", Map.of());
    }

    HttpGraphQlTester committee(String agency) {
        return as(agency, "komite_" + agency, "talent-committee", Map.of());
    }

    HttpGraphQlTester national() {
        return as(null, "bkn", "national-oversight", Map.of());
    }

    void consent(String agency, String nip, boolean consent) {
        employeeOf(agency, nip)
                .document("mutation { setMobilityConsent(input: {consent: " + consent + "}) "
                        + "{ profile { consented } errors { __typename } } }")
                .execute()
                .path("setMobilityConsent.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("setMobilityConsent.profile.consented")
                .entity(Boolean.class)
                .isEqualTo(consent);
    }

    /** Waits (at most 10 s: "within seconds") until the condition holds. */
    static void within10s(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(condition);
    }

    boolean indexed(String agency, String nip) {
        return jdbc.queryForObject(
                        "SELECT count(*) FROM platform.mobility_index WHERE agency = ? AND nip = ?",
                        Integer.class,
                        agency,
                        nip)
                == 1;
    }

    int pendingOutbox(String agency) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM t_" + agency + ".mobility_outbox WHERE processed_at IS NULL", Integer.class);
    }

    private static void position(
            HttpGraphQlTester admin, String unit, String code, String name, String level, String standard) {
        admin.document("mutation { saveUnit(input: {code: \"" + unit + "\", name: \"Unit " + unit
                        + "\"}) { unit { code } } }")
                .execute()
                .path("saveUnit.unit.code")
                .entity(String.class)
                .isEqualTo(unit);
        admin.document("mutation { savePosition(input: {code: \"" + code + "\", name: \"" + name + "\", level: \""
                        + level + "\", unitCode: \"" + unit + "\", standard: [" + standard
                        + "]}) { position { code } errors { message } } }")
                .execute()
                .path("savePosition.position.code")
                .entity(String.class)
                .isEqualTo(code);
    }

    private static void employee(HttpGraphQlTester admin, String nip, String name, String golongan, String position) {
        admin.document("mutation { createEmployee(input: {nip: \"" + nip + "\", name: \"" + name + "\", golongan: \""
                        + golongan + "\", golonganTmt: \"2022-04-01\", positionCode: \"" + position
                        + "\"}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(nip);
    }

    private static void history(HttpGraphQlTester admin, String entry) {
        admin.document("mutation { addHistoryEntry(input: " + entry + ") { errors { __typename } } }")
                .execute()
                .path("addHistoryEntry.errors")
                .entityList(Object.class)
                .hasSize(0);
    }

    private void inputs(String nip, int integritas, int kerjaSama, int perekat, int potential) {
        HttpGraphQlTester admin = admin(a);
        String base = "periodId: " + period + ", nip: \"" + nip + "\", ";
        for (String mutation : List.of(
                "recordSkp(input: {" + base
                        + "hasilKerja: DI_ATAS_EKSPEKTASI, perilakuKerja: DI_ATAS_EKSPEKTASI, evidence: \"skp\"})",
                "recordCompetency(input: {" + base + "levels: [{competency: \"integritas\", level: " + integritas
                        + "}, {competency: \"kerja_sama\", level: " + kerjaSama
                        + "}, {competency: \"perekat_bangsa\", level: "
                        + perekat + "}], evidence: \"asesmen\"})",
                "recordPotential(input: {" + base + "score: " + potential + ", evidence: \"cact\"})",
                "recordFieldFit(input: {" + base + "fits: true, evidence: \"ijazah\"})",
                "declareNoSanction(input: {" + base + "evidence: \"surat pernyataan\"})")) {
            String name = mutation.substring(0, mutation.indexOf('('));
            var recorded = admin.document(
                            "mutation { " + mutation + " { result { version } errors { code message } } }")
                    .execute();
            recorded.path(name + ".errors").entityList(Object.class).hasSize(0);
            recorded.path(name + ".result.version").hasValue();
        }
        // three colleagues the operator assigns as peers, each answering through their own account
        for (String rater : List.of(ANDI, BUDI, CITRA, TRANSFER.get(0)).stream()
                .filter(r -> !r.equals(nip))
                .limit(3)
                .toList()) {
            admin.document("mutation { addFeedbackRater(input: {" + base + "rater: \"" + rater + "\", group: PEER,"
                            + " reason: \"Rekan satu bagian\"}) { errors { rule } } }")
                    .execute()
                    .path("addFeedbackRater.errors")
                    .entityList(Object.class)
                    .hasSize(0);
            as(a, "rekan", "employee", Map.of("nip", rater))
                    .document("mutation { recordFeedback(input: {" + base + "score: 4}) { recorded } }")
                    .execute()
                    .path("recordFeedback.recorded")
                    .entity(Boolean.class)
                    .isEqualTo(true);
        }
        List<String> missing = admin.document(
                        "{ talentResults(periodId: " + period + ", nip: \"" + nip + "\") { missing } }")
                .execute()
                .path("talentResults[0].missing")
                .entityList(String.class)
                .get();
        assertThat(missing).as("what keeps " + nip + " from being mapped").isEmpty();
    }
}
