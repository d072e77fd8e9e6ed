package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.PdfPages;
import id.meritasn.support.PeriodSteps;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UnitDeclarations;
import id.meritasn.tenancy.TenantProvisioningService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The talent-map report (PDF) and the members export (XLSX) of a period, issued through the API and downloaded by
 * their link: what they show is what the map shows, with the agency's name and the verification code, and nothing of
 * another agency; the public verification page says when the records changed since; refusals are typed.
 */
class TalentMapDocumentsIT extends PlatformIntegrationTest {

    static final String ISSUE = "mutation($input: IssueDocumentInput!) { issueDocument(input: $input) { document { code"
            + " kind format title downloadPath } errors { message field } } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    TalentFixture fixture;
    TalentFixture other;
    HttpGraphQlTester admin;

    @BeforeEach
    void computedMaps() {
        fixture = TalentFixture.provision(graphQl, provisioning, "dok");
        fixture.completeInputs();
        admin = fixture.as("admin", "tenant-admin");
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + fixture.period
                        + "}) { changed errors { code message } } }")
                .execute();
        other = TalentFixture.provision(graphQl, provisioning, "lain");
    }

    GraphQlIssued issue(HttpGraphQlTester who, String kind, String period) {
        var response = who.document(ISSUE)
                .variable("input", Map.of("kind", kind, "periodId", period))
                .execute();
        return new GraphQlIssued(
                response.path("issueDocument.document.code")
                        .entity(String.class)
                        .get(),
                response.path("issueDocument.document.downloadPath")
                        .entity(String.class)
                        .get());
    }

    record GraphQlIssued(String code, String path) {}

    HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    List<String> mapNips(String period) {
        return admin.document("{ talentMap(periodId: " + period + ") { members { nip mapped } } }")
                .execute()
                .path("talentMap.members[*].nip")
                .entityList(String.class)
                .get();
    }

    @Test
    void the_report_shows_the_map_it_was_made_from_with_the_agency_and_its_code_and_verifies() throws Exception {
        // issued but never downloaded: nothing printed to compare
        String unmade = issue(admin, "TALENT_MAP_REPORT", fixture.period).code();
        anonymous()
                .document("query($code: String!) { verifyDocument(code: $code) { found changed note } }")
                .variable("code", unmade)
                .execute()
                .path("verifyDocument.found")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("verifyDocument.note")
                .entity(String.class)
                .satisfies(n -> assertThat(n).contains("never made"));
        GraphQlIssued issued = issue(admin, "TALENT_MAP_REPORT", fixture.period);
        var response = download(issued.path());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/pdf");

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Instansi " + fixture.agency)
                    .contains(issued.code())
                    .contains("Laporan Peta Talenta Periode 2026");
            // every member of the map the API shows is in the report; the other agency's people are not
            assertThat(mapNips(fixture.period))
                    .isNotEmpty()
                    .allSatisfy(nip -> assertThat(text).contains(nip));
            assertThat(text).doesNotContain(other.agency);
            // box 9 holds Andi, as the map does
            int box = admin.document("{ talentResults(periodId: " + fixture.period + ", nip: \"" + TalentFixture.NIP
                            + "\") { box } }")
                    .execute()
                    .path("talentResults[0].box")
                    .entity(Integer.class)
                    .get();
            assertThat(text).containsPattern("(Kotak|Box) " + box + ": 1 ");
            // the appendix is made part by part; the page numbers run across all of it
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("Halaman 1 / " + pages, "Halaman " + pages + " / " + pages);
            assertThat(PdfPages.darkPixels(pdf, 0))
                    .as("the first page is not blank")
                    .isGreaterThan(500);
        }
        // the other agency's report of its own period names it and holds nothing of this one
        try (PDDocument pdf =
                Loader.loadPDF(download(issue(other.as("admin", "tenant-admin"), "TALENT_MAP_REPORT", other.period)
                                .path())
                        .body())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Instansi " + other.agency)
                    .doesNotContain(fixture.agency);
        }
        assertThat(jdbc.queryForList(
                        "SELECT action FROM platform.audit_event WHERE tenant_key = ? AND action LIKE"
                                + " 'document.%' ORDER BY id",
                        String.class, fixture.agency))
                .containsExactly("document.issued", "document.issued", "document.generated");

        // the public page: unchanged, then changed once a record the report showed changes
        var verify = "query($code: String!) { verifyDocument(code: $code) { found agency title changed note } }";
        anonymous()
                .document(verify)
                .variable("code", issued.code().toLowerCase())
                .execute()
                .path("verifyDocument.found")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("verifyDocument.agency")
                .entity(String.class)
                .isEqualTo("Instansi " + fixture.agency)
                .path("verifyDocument.changed")
                .entity(Boolean.class)
                .isEqualTo(false);
        admin.document("mutation { recordPotential(input: " + fixture.input("score: 40, evidence: \"cact ulang\"")
                        + ") { result { version } errors { code message } } }")
                .execute();
        anonymous()
                .document(verify)
                .variable("code", issued.code())
                .execute()
                .path("verifyDocument.changed")
                .entity(Boolean.class)
                .isEqualTo(true);
        anonymous()
                .document(verify)
                .variable("code", "ZZZZZZZZZZ")
                .execute()
                .path("verifyDocument.found")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void the_agency_emblem_set_as_its_policy_heads_every_page_and_a_malformed_one_is_refused() throws Exception {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String emblem = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        String set = "mutation($value: String!) { setAgencyPolicy(input: {name: \"document.emblem\", valueJson: $value,"
                + " reason: \"Lambang daerah untuk kop dokumen\"}) { errors { __typename ... on FieldInvalid { field } } } }";
        admin.document(set)
                .variable("value", "\"data:text/html;base64,PHNjcmlwdD4=\"")
                .execute()
                .path("setAgencyPolicy.errors[0].field")
                .entity(String.class)
                .isEqualTo("valueJson");
        admin.document(set)
                .variable("value", "\"" + emblem + "\"")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);

        try (PDDocument pdf = Loader.loadPDF(
                download(issue(admin, "TALENT_MAP_REPORT", fixture.period).path())
                        .body())) {
            for (var page : pdf.getPages()) {
                int images = 0;
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
                assertThat(images).as("the emblem on every page").isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void the_members_export_round_trips_through_poi_with_one_row_per_member_of_the_map() throws Exception {
        GraphQlIssued issued = issue(admin, "TALENT_MAP_MEMBERS", fixture.period);
        var response = download(issued.path());
        assertThat(response.statusCode()).isEqualTo(200);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Instansi " + fixture.agency);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains(issued.code());
            int header = 5;
            assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("NIP");
            List<String> nips = new ArrayList<>();
            for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                nips.add(row.getCell(0).getStringCellValue());
            }
            assertThat(nips).containsExactlyInAnyOrderElementsOf(mapNips(fixture.period));
        }
    }

    @Test
    void the_talent_card_shows_the_scores_with_their_evidence_and_employees_print_only_their_own_once_published()
            throws Exception {
        HttpGraphQlTester andi = fixture.employeeWithNip(TalentFixture.NIP);
        Map<String, Object> card = Map.of("kind", "TALENT_CARD", "periodId", fixture.period, "nip", TalentFixture.NIP);
        // before publishing, Andi has no published result to print; a colleague may never print his
        andi.document(ISSUE)
                .variable("input", card)
                .execute()
                .path("issueDocument.errors[0].field")
                .entity(String.class)
                .isEqualTo("periodId");
        fixture.employeeWithNip("199101012015031001")
                .document(ISSUE)
                .variable("input", card)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));

        UnitDeclarations.declareAll(admin, fixture.period);
        PeriodSteps.publish(admin, fixture.period);
        var issued = andi.document(ISSUE).variable("input", card).execute();
        String path = issued.path("issueDocument.document.downloadPath")
                .entity(String.class)
                .get();
        var evidence = admin.document("{ talentResults(periodId: " + fixture.period + ", nip: \"" + TalentFixture.NIP
                        + "\") { box explanation { evidence weight } } }")
                .execute();
        try (PDDocument pdf = Loader.loadPDF(download(path).body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Kartu Talenta Andi, Periode 2026")
                    .contains(TalentFixture.NIP)
                    .contains("Kinerja utama", "Integritas", "Kualifikasi");
            // every weighted indicator's evidence, as the API explains the score
            List<String> shown = evidence.path("talentResults[0].explanation[*].evidence")
                    .entityList(String.class)
                    .get();
            List<Integer> weights = evidence.path("talentResults[0].explanation[*].weight")
                    .entityList(Integer.class)
                    .get();
            for (int i = 0; i < shown.size(); i++) {
                if (weights.get(i) > 0 && !shown.get(i).isBlank()) {
                    // compared without spaces: the PDF wraps long evidence across lines
                    assertThat(text.replaceAll("\\s", "")).contains(shown.get(i).replaceAll("\\s", ""));
                }
            }
            assertThat(PdfPages.darkPixels(pdf, 0)).isGreaterThan(500);
        }
    }

    List<List<String>> sheetRows(GraphQlIssued issued) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(download(issued.path()).body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 6; i <= sheet.getLastRowNum(); i++) {
                List<String> cells = new ArrayList<>();
                sheet.getRow(i).forEach(c -> cells.add(c.toString()));
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void the_employee_list_and_unit_completeness_export_what_the_api_lists() throws Exception {
        var employees = sheetRows(issue(admin, "EMPLOYEES", fixture.period));
        List<String> listed = admin.document("{ employees(first: 100) { edges { node { nip } } } }")
                .execute()
                .path("employees.edges[*].node.nip")
                .entityList(String.class)
                .get();
        assertThat(employees.stream().map(r -> r.get(0)).toList())
                .containsExactlyElementsOf(listed.stream().sorted().toList());
        // the list's filter: golongan IV and up leaves out everyone below
        var filtered = admin.document(ISSUE)
                .variable("input", Map.of("kind", "EMPLOYEES", "employees", Map.of("golonganMin", "IV")))
                .execute();
        assertThat(sheetRows(new GraphQlIssued(
                        filtered.path("issueDocument.document.code")
                                .entity(String.class)
                                .get(),
                        filtered.path("issueDocument.document.downloadPath")
                                .entity(String.class)
                                .get())))
                .isEmpty();

        var units = sheetRows(issue(admin, "UNIT_COMPLETENESS", fixture.period));
        List<String> codes = admin.document("{ assessmentCompleteness(periodId: " + fixture.period + ") { unitCode } }")
                .execute()
                .path("assessmentCompleteness[*].unitCode")
                .entityList(String.class)
                .get();
        assertThat(units.stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(codes);
        // moderated community input is for the tenant admins who moderate it
        fixture.as("penilai", "assessor")
                .document(ISSUE)
                .variable("input", Map.of("kind", "COMMUNITY_INPUT", "periodId", fixture.period))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        assertThat(sheetRows(issue(admin, "COMMUNITY_INPUT", fixture.period))).isEmpty();
    }

    @Test
    void refusals_are_typed_and_roles_that_cannot_read_the_map_cannot_issue_its_documents() throws Exception {
        admin.document(ISSUE)
                .variable("input", Map.of("kind", "NOTA_DINAS"))
                .execute()
                .path("issueDocument.errors[0].field")
                .entity(String.class)
                .isEqualTo("kind");
        admin.document(ISSUE)
                .variable("input", Map.of("kind", "TALENT_MAP_REPORT"))
                .execute()
                .path("issueDocument.errors[0].field")
                .entity(String.class)
                .isEqualTo("periodId");
        for (String kind : List.of("TALENT_MAP_REPORT", "TALENT_MAP_MEMBERS")) {
            fixture.employeeWithNip(TalentFixture.NIP)
                    .document(ISSUE)
                    .variable("input", Map.of("kind", kind, "periodId", fixture.period))
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
        assertThat(download("/documents/unknown-link").statusCode()).isEqualTo(404);
    }

    /** The public endpoint, without any token: what the verification page calls. */
    HttpGraphQlTester anonymous() {
        return HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql/public")
                .build());
    }
}
