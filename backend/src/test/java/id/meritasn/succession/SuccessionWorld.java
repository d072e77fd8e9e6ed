package id.meritasn.succession;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PeriodSteps;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.support.UnitDeclarations;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An agency with Medan's succession policies (slate of three, seven days of objections) and a published talent map:
 * SEKDA (JPT Pratama, its holder retiring in about three months), KABAG (Administrator) with a competency standard,
 * three Pengawas (A, B, C, each Pengawas since 2019 with an S1) and two Pelaksana (D, E); helpers for the committee's
 * sessions, slates and the public endpoint. The succession tests share it.
 */
abstract class SuccessionWorld extends PlatformIntegrationTest {

    @Autowired
    java.time.Clock clock;

    static final String A = "198001152005031001";
    static final String B = "198203102006042002";
    static final String C = "198505202010011003";
    static final String D = "198707072012121004";
    static final String E = "199001012015031005";
    static final String CASE = "{ id status slate { candidates { rank nip readiness box developmentPlan } }"
            + " decisions { id nip rank reason correctsId } announcement { id status objectionDeadline } }";
    static final String ERRORS =
            " errors { __typename ... on UserError { message } ... on StepOutOfOrder { status allowed } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    String agency;
    String period;
    /** The sekda retires in about three months, whenever the test runs. */
    String sekdaNip;

    HttpGraphQlTester as(String user, String role, String... nip) {
        Map<String, Object> claims = new HashMap<>(Map.of("organization", List.of(agency)));
        if (nip.length > 0) {
            claims.put("nip", nip[0]);
        }
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + Tokens.builder(user, role).claims(claims).mint())
                .build();
    }

    HttpGraphQlTester admin() {
        return as("admin", "tenant-admin");
    }

    HttpGraphQlTester ppk() {
        return as("walikota", "ppk");
    }

    HttpGraphQlTester committee(String user) {
        return as(user, "talent-committee");
    }

    @BeforeEach
    void publishedTalentMap() {
        agency = UniqueKeys.next("suk");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(
                        agency,
                        "Instansi " + agency,
                        TenantKind.KOTA,
                        "Sumatera Utara",
                        null,
                        Map.of("succession.slateSize", 3, "succession.objectionDays", 7)),
                "test"));
        HttpGraphQlTester admin = admin();
        admin.document("mutation { saveUnit(input: {code: \"PEMKOT\", name: \"Pemerintah Kota\"}) { unit { code } } }")
                .execute();
        admin.document(
                        "mutation { saveUnit(input: {code: \"SETDA\", name: \"Sekretariat Daerah\", parentCode: \"PEMKOT\"}) { unit { code } } }")
                .execute();
        String standard = "standard: [{competency: \"integritas\", kind: MANAGERIAL, requiredLevel: 4},"
                + " {competency: \"kerja_sama\", kind: MANAGERIAL, requiredLevel: 4},"
                + " {competency: \"komunikasi\", kind: MANAGERIAL, requiredLevel: 4},"
                + " {competency: \"pengambilan_keputusan\", kind: MANAGERIAL, requiredLevel: 4},"
                + " {competency: \"perekat_bangsa\", kind: SOCIO_CULTURAL, requiredLevel: 4}]";
        for (String position : List.of(
                "{code: \"SEKDA\", name: \"Sekretaris Daerah\", level: \"JPT_PRATAMA\", unitCode: \"PEMKOT\", minGolongan: \"IV/c\"}",
                "{code: \"KABAG\", name: \"Kepala Bagian Organisasi\", level: \"ADMINISTRATOR\", unitCode: \"SETDA\","
                        + " minGolongan: \"IV/a\", " + standard + "}",
                "{code: \"KASUBAG1\", name: \"Kepala Subbagian Kelembagaan\", level: \"PENGAWAS\", unitCode: \"SETDA\", "
                        + standard + "}",
                "{code: \"KASUBAG2\", name: \"Kepala Subbagian Tata Laksana\", level: \"PENGAWAS\", unitCode: \"SETDA\", "
                        + standard + "}",
                "{code: \"KASUBAG3\", name: \"Kepala Subbagian Kinerja\", level: \"PENGAWAS\", unitCode: \"SETDA\", "
                        + standard + "}",
                "{code: \"STAF\", name: \"Pengadministrasi Umum\", level: \"PELAKSANA\", unitCode: \"SETDA\"}")) {
            admin.document("mutation { savePosition(input: " + position + ") { errors { message } } }")
                    .execute()
                    .path("savePosition.errors")
                    .entityList(Object.class)
                    .hasSize(0);
        }
        LocalDate birth = LocalDate.now(clock).minusYears(60).plusMonths(2);
        sekdaNip = birth.format(DateTimeFormatter.BASIC_ISO_DATE) + (birth.getYear() + 25) + "031006";
        for (String[] e : List.of(
                new String[] {sekdaNip, "Fajar", "IV/c", "SEKDA"},
                new String[] {A, "Andi", "III/d", "KASUBAG1"},
                new String[] {B, "Bunga", "IV/a", "KASUBAG2"},
                new String[] {C, "Citra", "III/d", "KASUBAG3"},
                new String[] {D, "Dedi", "III/b", "STAF"},
                new String[] {E, "Eka", "III/a", "STAF"})) {
            admin.document("mutation { createEmployee(input: {nip: \"" + e[0] + "\", name: \"" + e[1]
                            + "\", golongan: \"" + e[2] + "\", golonganTmt: \"2022-04-01\", positionCode: \"" + e[3]
                            + "\"}) { errors { __typename } } }")
                    .execute()
                    .path("createEmployee.errors")
                    .entityList(Object.class)
                    .hasSize(0);
        }
        // what the legal conditions read: education and position history (Pengawas since 2019 for A, B and C)
        for (String nip : List.of(A, B, C, D, E)) {
            String held = nip.equals(D) || nip.equals(E)
                    ? "{code: \"PELAKSANA\", name: \"Pengadministrasi Umum\", date:" + " \"2012-01-02\"}"
                    : "{code: \"PENGAWAS\", name: \"Kepala Subbagian\", date: \"2019-01-02\"}";
            for (String entry : List.of(
                    "{kind: EDUCATION, code: \"S1\", name: \"Ilmu Administrasi Negara\", detail:"
                            + " \"USU\", number: 2004}",
                    held.replace("{code", "{kind: POSITION, code"))) {
                admin.document("mutation { addHistoryEntry(input: "
                                + entry.replace("{kind", "{nip: \"" + nip + "\", kind")
                                + ") { errors { __typename } } }")
                        .execute()
                        .path("addHistoryEntry.errors")
                        .entityList(Object.class)
                        .hasSize(0);
            }
        }
        period = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        // competency levels through the API; JPM against KABAG's standard (all 4): A 100%, B 90%, C 70%, D 100%
        for (Map.Entry<String, int[]> levels : Map.of(
                        A,
                        new int[] {4, 4, 4, 4, 4},
                        B,
                        new int[] {4, 4, 4, 3, 3},
                        C,
                        new int[] {3, 3, 3, 3, 2},
                        D,
                        new int[] {4, 4, 4, 4, 4})
                .entrySet()) {
            int[] l = levels.getValue();
            admin.document("mutation { recordCompetency(input: {periodId: " + period + ", nip: \"" + levels.getKey()
                            + "\", levels: [{competency: \"integritas\", level: " + l[0]
                            + "}, {competency: \"kerja_sama\", level: "
                            + l[1] + "}, {competency: \"komunikasi\", level: " + l[2]
                            + "}, {competency: \"pengambilan_keputusan\","
                            + " level: " + l[3] + "}, {competency: \"perekat_bangsa\", level: " + l[4]
                            + "}], evidence: \"asesmen\"})"
                            + " { result { version } errors { code message } } }")
                    .execute();
        }
        // the computed map (the assessment feature's own tests cover how boxes come about): final boxes and scores
        for (Object[] r : List.of(
                new Object[] {A, 9, 90, 88},
                new Object[] {B, 8, 85, 80},
                new Object[] {C, 7, 97, 94},
                new Object[] {D, 9, 95, 92},
                new Object[] {E, 5, 70, 70})) {
            jdbc.update(
                    "INSERT INTO t_" + agency + ".talent_result (period_id, nip, version, rubric_version, mapped,"
                            + " missing, potential, performance, box, explanation, result_hash) VALUES (?, ?, 100, 0, true, '[]',"
                            + " ?, ?, ?, '[]', 'fixture')",
                    Long.parseLong(period),
                    r[0],
                    r[3],
                    r[2],
                    r[1]);
        }
        UnitDeclarations.declareAll(admin, period);
        PeriodSteps.publish(admin, period);
    }

    String openCase() {
        return admin().document("mutation { openSuccessionCase(input: {positionCode: \"KABAG\", periodId: " + period
                        + "}) { successionCase { id status } " + ERRORS + " } }")
                .execute()
                .path("openSuccessionCase.successionCase.status")
                .entity(String.class)
                .isEqualTo("OPEN")
                .path("openSuccessionCase.successionCase.id")
                .entity(String.class)
                .get();
    }

    String session(String title, int quorum, boolean thirdPresent) {
        return committee("komite1")
                .document("mutation { createCommitteeSession(input: {title: \"" + title + "\","
                        + " heldOn: \"2026-12-01\", quorum: " + quorum
                        + ", members: [{username: \"komite1\", name: \"Ketua\","
                        + " role: CHAIR}, {username: \"komite2\", name: \"Anggota\", role: MEMBER}, {username: \"komite3\","
                        + " name: \"Sekretaris\", role: SECRETARY, present: " + thirdPresent
                        + "}]}) { session { id quorumMet } "
                        + ERRORS + " } }")
                .execute()
                .path("createCommitteeSession.session.id")
                .entity(String.class)
                .get();
    }

    GraphQlTester.Response nominate(String user, String caseId, String sessionId, String... nips) {
        StringBuilder candidates = new StringBuilder();
        String[] readiness = {"READY_NOW", "ONE_TO_TWO_YEARS", "THREE_PLUS_YEARS", "THREE_PLUS_YEARS"};
        for (int i = 0; i < nips.length; i++) {
            candidates
                    .append(i == 0 ? "" : ", ")
                    .append("{nip: \"")
                    .append(nips[i])
                    .append("\", readiness: ")
                    .append(readiness[i])
                    .append(", developmentPlan: [\"Diklat kepemimpinan administrator\"]}");
        }
        return committee(user)
                .document("mutation { nominateSlate(input: {caseId: " + caseId + ", sessionId: " + sessionId
                        + ", candidates: [" + candidates + "]}) { successionCase " + CASE + ERRORS + " } }")
                .execute();
    }

    GraphQlTester.Response step(HttpGraphQlTester who, String mutation, String input) {
        return who.document(
                        "mutation { " + mutation + "(input: " + input + ") { successionCase " + CASE + ERRORS + " } }")
                .execute();
    }

    WebTestClient.ResponseSpec anonymous(String path, String query) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .exchange();
    }

    String publicRead() {
        return anonymous(
                        "/graphql/public",
                        "{ publicAnnouncements(agency: \"" + agency + "\") { id agency position unit"
                                + " announcedOn objectionDeadline candidates { rank name maskedNip currentPosition selected } } }")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    String objection(String announcementId, String text) {
        return anonymous(
                        "/graphql/public",
                        "mutation { submitObjection(input: {agency: \"" + agency + "\", announcementId: "
                                + announcementId + ", name: \"Warga Medan\", contact: \"warga@example.id\", text: \""
                                + text + "\"})"
                                + " { receipt { id objectionDeadline } errors { __typename ... on UserError { message } } } }")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
