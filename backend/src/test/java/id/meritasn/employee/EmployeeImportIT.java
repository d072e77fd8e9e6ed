package id.meritasn.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.imports.ImportFileProblem;
import id.meritasn.imports.ImportJob;
import id.meritasn.imports.ImportJobRuns;
import id.meritasn.imports.ImportJobs;
import id.meritasn.imports.TabularFile;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

class EmployeeImportIT extends PlatformIntegrationTest {

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    EmployeeImportService imports;

    @Autowired
    OrganizationService organization;

    @Autowired
    ImportJobs importJobs;

    @Autowired
    ApplicationContext context;

    @Autowired
    TenantDatabase tenants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    JdbcTemplate jdbc;

    String agency;

    static final String MIXED = """
            NIP_BARU,NAMA,GELAR_DEPAN,GELAR_BLK,GOL_RUANG,TMT_GOLONGAN,KODE_JABATAN,KODE_UNOR,STATUS
            198001152005031001,Andi Wijaya,,S.E.,III/c,01-04-2019,,SETDA,AKTIF_TIDAK_ADA
            19800115200503100X,Nip Salah,,,III/a,2019-04-01,,SETDA,
            198202202006042002,Rina Marlina,Dra.,M.Si.,IV/a,2020-10-01,KABAG,,
            198303032007051003,Golongan Salah,,,V/a,kemarin,,SETDA,
            198404042008062004,Sri Wahyuni,,,II/d,2018-04-01,,BKPSDM,ACTIVE
            198505052009071005,Unit Salah,,,III/b,2021-04-01,,TIDAK_ADA,
            """;

    @BeforeEach
    void agency() {
        agency = UniqueKeys.next("imp");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken("operator", null, "ROLE_TENANT_ADMIN", "AGENCY_" + agency));
        organization.saveUnit(agency, "SETDA", "Sekretariat Daerah", null);
        organization.saveUnit(agency, "BKPSDM", "BKPSDM", "SETDA");
        organization.savePosition(
                agency,
                "KABAG",
                "Kepala Bagian Umum",
                "ADMINISTRATOR",
                "SETDA",
                "III/d",
                false,
                false,
                null,
                List.of());
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    ImportJob awaitEnd(UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportJob job = imports.job(agency, id).orElseThrow();
            if (job.status() == ImportJob.Status.COMPLETED || job.status() == ImportJob.Status.FAILED) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("import " + id + " did not end");
    }

    @Test
    void a_file_of_mixed_rows_imports_the_good_ones_and_reports_every_refused_row_exactly() throws Exception {
        ImportJob job =
                awaitEnd(imports.submit(agency, "pegawai.csv", MIXED.getBytes(StandardCharsets.UTF_8), "operator")
                        .id());

        assertThat(job.status()).isEqualTo(ImportJob.Status.COMPLETED);
        assertThat(job.totalRows()).isEqualTo(6);
        assertThat(job.rowsDone()).isEqualTo(6);
        assertThat(job.created()).isEqualTo(2);
        assertThat(job.refused()).isEqualTo(4);
        assertThat(imports.rowErrors(agency, job.id(), 100))
                .extracting(ImportJob.RowError::rowNumber, ImportJob.RowError::field, ImportJob.RowError::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "status", "AKTIF_TIDAK_ADA"),
                        org.assertj.core.groups.Tuple.tuple(3, "nip", "19800115200503100X"),
                        org.assertj.core.groups.Tuple.tuple(5, "golongan", "V/a"),
                        org.assertj.core.groups.Tuple.tuple(5, "golonganTmt", "kemarin"),
                        org.assertj.core.groups.Tuple.tuple(7, "unitCode", "TIDAK_ADA"));
        List<ImportJob.RowError> errors = imports.rowErrors(agency, job.id(), 100);
        assertThat(errors.get(1).message()).contains("may contain digits only");
        // stored with its code and both languages, read back as written
        assertThat(errors.get(1).text().code()).isEqualTo("employee.field.NIP_INVALID");
        assertThat(errors.get(1).text().args()).containsEntry("nip", "19800115200503100X");
        assertThat(errors.get(1).text().indonesian())
                .startsWith("NIP '19800115200503100X' tidak sah: ")
                .contains("hanya boleh berisi angka");
        assertThat(errors.get(2).text().indonesian()).isEqualTo("Golongan 'V/a' bukan salah satu dari I/a .. IV/e.");
        assertThat(errors.get(4).text().code()).isEqualTo("employee.field.NO_UNIT");
        // Rina: unit taken from her position, SIASN-style date converted
        assertThat(jdbc.queryForMap(
                        "SELECT e.golongan_tmt::text AS tmt, u.code FROM t_" + agency + ".employee e JOIN t_" + agency
                                + ".unit_kerja u ON u.id = e.unit_id WHERE nip = '198202202006042002'"))
                .containsEntry("tmt", "2020-10-01")
                .containsEntry("code", "SETDA");
    }

    @Test
    void a_reason_stored_before_reasons_had_codes_reads_back_in_english() throws Exception {
        ImportJob job =
                awaitEnd(imports.submit(agency, "pegawai.csv", MIXED.getBytes(StandardCharsets.UTF_8), "operator")
                        .id());
        jdbc.update(
                "UPDATE t_" + agency + ".import_row_error SET code = NULL, message_id = NULL, args = '{}'"
                        + " WHERE job_id = ? AND row_number = 7",
                job.id());

        ImportJob.RowError old = imports.rowErrors(agency, job.id(), 100).get(4);

        assertThat(old.rowNumber()).isEqualTo(7);
        assertThat(old.text().code()).isEqualTo("imports.row.UNCODED");
        assertThat(old.text().indonesian()).isEqualTo(old.text().english()).isEqualTo(old.message());
        assertThat(old.message()).isEqualTo("No unit with code 'TIDAK_ADA' in this agency.");
    }

    @Test
    void pppk_rows_and_teachers_load_from_a_file_with_their_own_service_end() throws Exception {
        organization.savePosition(
                agency, "GURU", "Guru Ahli Pertama", "AHLI_PERTAMA", "SETDA", null, false, true, "GURU", List.of());
        String file = """
                NIP_BARU,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR,KODE_JABATAN,JENIS_PEGAWAI,TMT_AKHIR_PERJANJIAN
                19900315 2022 21 2 001,Dewi Lestari,IX,01-03-2022,SETDA,,PPPK,28-02-2027
                199104162023211002,Tanpa Perjanjian,V,2023-01-01,SETDA,,PPPK,
                198201152010012003,Bu Guru,III/b,2020-04-01,,GURU,,
                """;
        ImportJob job = awaitEnd(imports.submit(agency, "pppk.csv", file.getBytes(StandardCharsets.UTF_8), "operator")
                .id());

        assertThat(job.created()).isEqualTo(2);
        // a teacher retires at 60 (UU 14/2005), not at an Ahli Pertama's 58
        assertThat(jdbc.queryForObject(
                        "SELECT retirement_date::text FROM t_" + agency + ".employee WHERE nip ="
                                + " '198201152010012003'",
                        String.class))
                .isEqualTo("2042-02-01");
        assertThat(imports.rowErrors(agency, job.id(), 100))
                .extracting(ImportJob.RowError::rowNumber, ImportJob.RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "agreementEnd"));
        assertThat(jdbc.queryForMap("SELECT employee_type, golongan, agreement_end::text AS agreement_end,"
                        + " retirement_date::text AS retirement FROM t_" + agency
                        + ".employee WHERE nip = '199003152022212001'"))
                .containsEntry("employee_type", "PPPK")
                .containsEntry("golongan", "IX")
                .containsEntry("agreement_end", "2027-02-28")
                .containsEntry("retirement", "2027-02-28");
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time_and_xlsx_reads_the_same() throws Exception {
        awaitEnd(imports.submit(agency, "pegawai.csv", MIXED.getBytes(StandardCharsets.UTF_8), "operator")
                .id());
        String before = snapshot();

        ImportJob again =
                awaitEnd(imports.submit(agency, "pegawai.csv", MIXED.getBytes(StandardCharsets.UTF_8), "operator")
                        .id());
        ImportJob asXlsx = awaitEnd(
                imports.submit(agency, "pegawai.xlsx", xlsx(MIXED), "operator").id());

        assertThat(again.created() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(asXlsx.created() + asXlsx.updated()).isZero();
        assertThat(asXlsx.unchanged()).isEqualTo(2);
        assertThat(asXlsx.refused()).isEqualTo(4);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void wrong_empty_broken_or_huge_files_are_refused_with_a_clear_reason() {
        assertRule("kosong.csv", new byte[0], ImportFileProblem.Rule.EMPTY);
        assertRule("header.csv", "NIP,NAMA,GOL_RUANG,TMT_GOLONGAN\n".getBytes(), ImportFileProblem.Rule.EMPTY);
        assertRule("laporan.pdf", "%PDF-1.7 ...".getBytes(), ImportFileProblem.Rule.WRONG_KIND);
        assertRule(
                "lama.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
                ImportFileProblem.Rule.WRONG_KIND);
        assertRule(
                "latin1.csv",
                "NIP,NAMA,GOL_RUANG,TMT_GOLONGAN\n198001152005031001,Jos\u00e9,III/a,2019-01-01\n"
                        .getBytes(StandardCharsets.ISO_8859_1),
                ImportFileProblem.Rule.ENCODING);
        assertRule(
                "tanpa_nip.csv",
                "NAMA,GOL_RUANG,TMT_GOLONGAN\nAndi,III/a,2019-01-01\n".getBytes(),
                ImportFileProblem.Rule.MISSING_COLUMN);
        byte[] huge = new byte[TabularFile.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertRule("besar.csv", huge, ImportFileProblem.Rule.TOO_LARGE);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".import_job", Integer.class))
                .isZero();
    }

    void assertRule(String name, byte[] content, ImportFileProblem.Rule rule) {
        assertThatThrownBy(() -> imports.submit(agency, name, content, "operator"))
                .isInstanceOf(ImportFileProblem.class)
                .satisfies(
                        e -> assertThat(((ImportFileProblem) e).rule()).as(name).isEqualTo(rule));
    }

    @Test
    void a_job_interrupted_by_a_crash_resumes_where_it_stopped_without_duplicating_anything() {
        StringBuilder file = new StringBuilder("NIP,NAMA,GOL_RUANG,TMT_GOLONGAN,KODE_UNOR\n");
        for (int i = 0; i < 1200; i++) {
            file.append(String.format(
                    "%04d%02d%02d201503%d%03d,Pegawai %d,III/a,2020-01-01,SETDA%n",
                    1970 + i % 25, 1 + (i / 25) % 12, 1 + (i / 300) % 28, 1 + i % 2, 1 + i % 900, i));
        }
        ImportJobRuns runs = new ImportJobRuns(context);
        UUID id = runs.queued(
                agency, ImportJob.EMPLOYEES, "besar.csv", file.toString().getBytes(StandardCharsets.UTF_8), "operator");

        assertThatThrownBy(() -> runs.runCrashingAfter(agency, id, 500)).hasMessageContaining("simulated crash");
        ImportJob interrupted = imports.job(agency, id).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(ImportJob.Status.RUNNING);
        assertThat(interrupted.rowsDone()).isEqualTo(500);
        assertThat(employees()).isEqualTo(500);

        runs.run(agency, id);

        ImportJob done = imports.job(agency, id).orElseThrow();
        assertThat(done.status()).isEqualTo(ImportJob.Status.COMPLETED);
        assertThat(done.rowsDone()).isEqualTo(1200);
        assertThat(done.created()).isEqualTo(1200);
        assertThat(done.refused()).isZero();
        assertThat(employees()).isEqualTo(1200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".employee_audit", Integer.class))
                .isEqualTo(1200);
    }

    @Test
    void on_startup_unfinished_jobs_of_every_agency_resume_by_themselves() {
        UUID id = new ImportJobRuns(context)
                .queued(
                        agency,
                        ImportJob.EMPLOYEES,
                        "tertunda.csv",
                        MIXED.getBytes(StandardCharsets.UTF_8),
                        "operator");

        importJobs.resumeInterruptedImports();

        ImportJob job = awaitEnd(id);
        assertThat(job.status()).isEqualTo(ImportJob.Status.COMPLETED);
        assertThat(job.created()).isEqualTo(2);
    }

    @Test
    void an_integrating_system_imports_through_graphql_and_reads_progress_and_the_error_report() throws Exception {
        HttpGraphQlTester admin = graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder("op", "tenant-admin")
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();

        String id = admin.document("mutation($input: StartEmployeeImportInput!) { startEmployeeImport(input: $input) "
                        + "{ job { id status } errors { rule message } } }")
                .variable(
                        "input",
                        Map.of(
                                "fileName",
                                "pegawai.csv",
                                "contentBase64",
                                Base64.getEncoder().encodeToString(MIXED.getBytes(StandardCharsets.UTF_8))))
                .execute()
                .path("startEmployeeImport.job.id")
                .entity(String.class)
                .get();
        awaitEnd(UUID.fromString(id));

        admin.document(
                        "query($id: ID!) { employeeImport(id: $id) { status rowsDone totalRows refused rowErrors { rowNumber field } } }")
                .variable("id", id)
                .execute()
                .path("employeeImport.status")
                .entity(String.class)
                .isEqualTo("COMPLETED")
                .path("employeeImport.rowsDone")
                .entity(Integer.class)
                .isEqualTo(6)
                .path("employeeImport.rowErrors[*].rowNumber")
                .entityList(Integer.class)
                .containsExactly(2, 3, 5, 5, 7);
        // the error report as a spreadsheet: the same rows, fields and messages
        String path = admin.document("mutation($input: IssueDocumentInput!) { issueDocument(input: $input) { document {"
                        + " downloadPath } } }")
                .variable("input", Map.of("kind", "IMPORT_ERRORS", "requestId", id))
                .execute()
                .path("issueDocument.document.downloadPath")
                .entity(String.class)
                .get();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(path)))) {
            var sheet = workbook.getSheetAt(0);
            List<Integer> rows = new ArrayList<>();
            for (int i = 6; i <= sheet.getLastRowNum(); i++) {
                rows.add((int) sheet.getRow(i).getCell(0).getNumericCellValue());
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).isNotBlank();
            }
            assertThat(rows).containsExactly(2, 3, 5, 5, 7);
        }
        admin.document("mutation { startEmployeeImport(input: {fileName: \"x.pdf\", contentBase64: \"JVBERi0xLjc=\"}) "
                        + "{ job { id } errors { rule } } }")
                .execute()
                .path("startEmployeeImport.errors[0].rule")
                .entity(String.class)
                .isEqualTo("WRONG_KIND");
    }

    @LocalServerPort
    int port;

    byte[] download(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    int employees() {
        return jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".employee", Integer.class);
    }

    String snapshot() {
        return jdbc.queryForObject(
                "SELECT string_agg(e::text, '|' ORDER BY nip) || (SELECT count(*) FROM t_" + agency
                        + ".employee_audit) FROM t_" + agency + ".employee e",
                String.class);
    }

    static byte[] xlsx(String csv) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Pegawai");
            List<String> lines = csv.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                var row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
