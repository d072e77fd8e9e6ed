package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PeriodSteps;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/** Bulk assessment inputs through the API: per-row errors, recomputed results, idempotent re-loads, refusals. */
class AssessmentImportIT extends PlatformIntegrationTest {

    static final String ANDI = "198001152005031001";
    static final String SITI = "198506202010012002";

    static final String MIXED = """
            NIP,SKP_HASIL_KERJA,SKP_PERILAKU_KERJA,KOMPETENSI,POTENSI,BIDANG_SESUAI,BUKTI
            198001152005031001,Di atas ekspektasi,DI_ATAS_EKSPEKTASI,integritas=4; kerja_sama=4; perekat_bangsa=2,85,YA,e-Kinerja 2026
            198506202010012002,,,,"72,5",,Profiling ASN 2026
            12345,SESUAI_EKSPEKTASI,,,120,mungkin,berkas
            199001012015011001,,,,70,,Profiling ASN 2026
            198001152005031001,,,integritas=7,,,laporan asesmen
            198506202010012002,,,,60,,
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    String agency;
    String period;

    HttpGraphQlTester as(String role) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder("u_" + role, role)
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();
    }

    @BeforeEach
    void agencyWithTwoEmployees() {
        agency = UniqueKeys.next("asmimp");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        HttpGraphQlTester admin = as("tenant-admin");
        admin.document("mutation { saveUnit(input: {code: \"SETDA\", name: \"Setda\"}) { unit { code } } }")
                .execute();
        admin.document("""
                mutation { savePosition(input: {code: "KABAG", name: "Kepala Bagian", level: "ADMINISTRATOR", unitCode: "SETDA",
                  standard: [{competency: "integritas", kind: MANAGERIAL, requiredLevel: 4},
                             {competency: "kerja_sama", kind: MANAGERIAL, requiredLevel: 4},
                             {competency: "perekat_bangsa", kind: SOCIO_CULTURAL, requiredLevel: 2}]}) { position { code } } }""").execute();
        for (String nip : List.of(ANDI, SITI)) {
            admin.document("mutation { createEmployee(input: {nip: \"" + nip
                            + "\", name: \"Pegawai\", golongan: \"III/d\", "
                            + "golonganTmt: \"2022-04-01\", positionCode: \"KABAG\"}) { employee { nip } } }")
                    .execute()
                    .path("createEmployee.employee.nip")
                    .entity(String.class)
                    .isEqualTo(nip);
        }
        period = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
    }

    String start(HttpGraphQlTester caller, String fileName, String content) {
        return "mutation { startAssessmentImport(input: {periodId: " + period + ", fileName: \"" + fileName
                + "\", contentBase64: \"" + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8))
                + "\"}) { job { id status target } errors { rule message } } }";
    }

    Map<String, Object> awaitEnd(HttpGraphQlTester caller, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> job = caller.document(
                            "{ assessmentImport(id: \"" + id + "\") { status totalRows rowsDone "
                                    + "created updated unchanged refused rowErrors { rowNumber field value message"
                                    + " text { code indonesian english } } } }")
                    .execute()
                    .path("assessmentImport")
                    .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                    .get();
            if (List.of("COMPLETED", "FAILED").contains(job.get("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    @Test
    void a_mixed_file_stores_the_good_rows_recomputes_them_and_reports_every_refused_field() throws Exception {
        HttpGraphQlTester assessor = as("assessor");
        String id = assessor.document(start(assessor, "penilaian.csv", MIXED))
                .execute()
                .path("startAssessmentImport.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("startAssessmentImport.job.target")
                .entity(String.class)
                .isEqualTo("ASSESSMENT_INPUTS")
                .path("startAssessmentImport.job.id")
                .entity(String.class)
                .get();

        Map<String, Object> job = awaitEnd(assessor, id);

        assertThat(job)
                .containsEntry("status", "COMPLETED")
                .containsEntry("totalRows", 6)
                .containsEntry("rowsDone", 6)
                .containsEntry("created", 2)
                .containsEntry("refused", 4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) job.get("rowErrors");
        assertThat(errors)
                .extracting(e -> e.get("rowNumber") + " " + e.get("field"))
                .containsExactly(
                        "4 BIDANG_SESUAI",
                        "4 NIP",
                        "4 POTENSI",
                        "4 SKP_PERILAKU_KERJA",
                        "5 NIP",
                        "6 KOMPETENSI",
                        "7 BUKTI");
        assertThat(errors.get(4).get("message")).isEqualTo("No employee with this NIP in the agency.");
        // the same reason as a code, in the language an Indonesian operator reads
        assertThat(errors.get(4).get("text"))
                .isEqualTo(Map.of(
                        "code",
                        "assessment.row.NO_EMPLOYEE",
                        "indonesian",
                        "Tidak ada pegawai dengan NIP ini di instansi.",
                        "english",
                        "No employee with this NIP in the agency."));
        assertThat(errors)
                .allSatisfy(e -> assertThat(((Map<?, ?>) e.get("text")).get("english"))
                        .as("message is the text's English")
                        .isEqualTo(e.get("message")));
        assertThat(((Map<?, ?>) errors.get(5).get("text")).get("indonesian"))
                .isEqualTo("'integritas=7' bukan kompetensi=level dengan level 1 sampai 5 (mis. integritas=4;"
                        + " kerja_sama=3).");
        assertThat(errors.get(5).get("message"))
                .asString()
                .contains("'integritas=7'")
                .contains("level 1 to 5");

        String results = "{ talentResults(periodId: " + period
                + ", nip: \"%s\") { version missing explanation { indicator raw evidence } } }";
        var andi = as("talent-committee").document(results.formatted(ANDI)).execute();
        andi.path("talentResults[0].explanation[?(@.indicator == 'SKP')].raw")
                .entityList(String.class)
                .containsExactly("SANGAT_BAIK");
        andi.path("talentResults[0].explanation[?(@.indicator == 'COMPETENCY')].evidence")
                .entityList(String.class)
                .containsExactly("e-Kinerja 2026");
        var siti = as("talent-committee").document(results.formatted(SITI)).execute();
        siti.path("talentResults[0].explanation[?(@.indicator == 'POTENTIAL')].raw")
                .entityList(String.class)
                .containsExactly("72.5");
        int versionBefore =
                siti.path("talentResults[0].version").entity(Integer.class).get();

        Map<String, Object> again = awaitEnd(
                assessor,
                assessor.document(start(assessor, "penilaian.csv", MIXED))
                        .execute()
                        .path("startAssessmentImport.job.id")
                        .entity(String.class)
                        .get());

        assertThat(again)
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 2)
                .containsEntry("refused", 4);
        as("talent-committee")
                .document(results.formatted(SITI))
                .execute()
                .path("talentResults[0].version")
                .entity(Integer.class)
                .isEqualTo(versionBefore);
    }

    @Test
    void a_whole_file_without_the_evidence_column_is_refused_before_anything_is_queued() {
        HttpGraphQlTester assessor = as("assessor");

        assessor.document(start(assessor, "penilaian.csv", "NIP,POTENSI\n" + ANDI + ",70\n"))
                .execute()
                .path("startAssessmentImport.job")
                .valueIsNull()
                .path("startAssessmentImport.errors[0].rule")
                .entity(String.class)
                .isEqualTo("MISSING_COLUMN")
                .path("startAssessmentImport.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("BUKTI"));
        assessor.document("{ assessmentImports { id } }")
                .execute()
                .path("assessmentImports")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void loading_into_a_period_past_calibration_is_refused_and_other_roles_cannot_load() {
        PeriodSteps.take(as("tenant-admin"), period, "startCalibration");

        as("assessor")
                .document(start(as("assessor"), "p.csv", MIXED))
                .execute()
                .path("startAssessmentImport.errors[0].rule")
                .entity(String.class)
                .isEqualTo("PERIOD_NOT_OPEN")
                .path("startAssessmentImport.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("CALIBRATING"))
                .path("startAssessmentImport.job")
                .valueIsNull();
        for (String role : List.of("talent-committee", "ppk", "employee", "agency-integration")) {
            as(role).document(start(as(role), "p.csv", MIXED))
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
    }
}
