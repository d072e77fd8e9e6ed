package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.Nip;
import id.meritasn.support.PdfPages;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The succession paperwork of one case, from nomination to announcement: the succession group, the committee's
 * minutes, the draft of the PPK's decision and the notice to print each show what the case holds, in Indonesian or
 * English; the employee role issues none of them.
 */
class SuccessionDocumentsIT extends SuccessionWorld {

    static final String ISSUE = "mutation($input: IssueDocumentInput!) { issueDocument(input: $input) { document { code"
            + " downloadPath } errors { message field } } }";

    String text(HttpGraphQlTester who, Map<String, Object> input) throws Exception {
        var issued = who.document(ISSUE).variable("input", input).execute();
        String path = issued.path("issueDocument.document.downloadPath")
                .entity(String.class)
                .get();
        String code =
                issued.path("issueDocument.document.code").entity(String.class).get();
        byte[] pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Instansi " + agency).contains(code);
            assertThat(PdfPages.darkPixels(document, 0))
                    .as("the first page is not blank")
                    .isGreaterThan(500);
            return text;
        }
    }

    @Test
    void each_succession_document_shows_what_the_case_holds() throws Exception {
        String caseId = openCase();
        String sitting = session("Sidang Komite Talenta III", 2, true);
        committee("komite2")
                .document("mutation { declareConflict(input: {sessionId: " + sitting + ", nip: \"" + E
                        + "\", reason: \"Hubungan keluarga\"}) { session { id } } }")
                .execute();
        nominate("komite1", caseId, sitting, A, B, C)
                .path("nominateSlate.errors")
                .entityList(Object.class)
                .hasSize(0);
        committee("komite1")
                .document("mutation { recordMinutes(input: {sessionId: " + sitting + ", minutes: \"Komite"
                        + " mengusulkan tiga calon.\"}) { session { id } } }")
                .execute();
        step(
                        ppk(),
                        "decideSuccessor",
                        "{caseId: " + caseId + ", nip: \"" + B + "\", reason: \"Pengalaman tata laksana"
                                + " lebih relevan\"}")
                .path("decideSuccessor.successionCase.status")
                .entity(String.class)
                .isEqualTo("DECIDED");
        step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.successionCase.status")
                .entity(String.class)
                .isEqualTo("ANNOUNCED");

        String group = text(committee("komite1"), Map.of("kind", "SUCCESSION_GROUP", "caseId", caseId));
        assertThat(group)
                .contains("Kelompok Rencana Suksesi: Kepala Bagian Organisasi")
                .contains(A, B, C, D)
                // D's rank gap, in Indonesian
                .contains("kali kenaikan pangkat lagi");
        String groupEn = text(admin(), Map.of("kind", "SUCCESSION_GROUP", "caseId", caseId, "language", "en"));
        assertThat(groupEn)
                .contains("Succession Group: Kepala Bagian Organisasi")
                .contains("more rank promotion(s)");

        String minutes = text(committee("komite1"), Map.of("kind", "COMMITTEE_MINUTES", "sessionId", sitting));
        assertThat(minutes)
                .contains(
                        "Berita Acara Sidang Komite Talenta",
                        "Sidang Komite Talenta III",
                        "Hubungan keluarga",
                        "Komite mengusulkan tiga calon.",
                        "kuorum terpenuhi",
                        "Andi",
                        "Bunga",
                        "Citra");

        String draft = text(ppk(), Map.of("kind", "DECISION_DRAFT", "caseId", caseId));
        assertThat(draft).contains("RANCANGAN", "Bunga", B, "Pengalaman tata laksana lebih relevan", "urutan ke-2");

        String notice = text(admin(), Map.of("kind", "ANNOUNCEMENT_NOTICE", "caseId", caseId));
        String masked = Nip.mask(B);
        assertThat(notice)
                .contains("PENGUMUMAN", "Bunga", masked, "/pengumuman/" + agency)
                .doesNotContain(B);

        for (String kind : new String[] {"SUCCESSION_GROUP", "DECISION_DRAFT", "ANNOUNCEMENT_NOTICE"}) {
            as("pegawai", "employee", E)
                    .document(ISSUE)
                    .variable("input", Map.of("kind", kind, "caseId", caseId))
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
        admin().document(ISSUE)
                .variable("input", Map.of("kind", "COMMITTEE_MINUTES"))
                .execute()
                .path("issueDocument.errors[0].field")
                .entity(String.class)
                .isEqualTo("sessionId");
    }

    @Test
    void the_talent_pool_export_lists_the_pool_in_rank_order() throws Exception {
        var issued = admin().document(ISSUE)
                .variable("input", Map.of("kind", "TALENT_POOL", "periodId", period))
                .execute();
        String path = issued.path("issueDocument.document.downloadPath")
                .entity(String.class)
                .get();
        byte[] xlsx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        List<String> pool = admin().document("{ talentPool(periodId: " + period + ") { nip } }")
                .execute()
                .path("talentPool[*].nip")
                .entityList(String.class)
                .get();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            for (int i = 6; i <= sheet.getLastRowNum(); i++) {
                rows.add(sheet.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(rows).isNotEmpty().containsExactlyElementsOf(pool);
        }
    }
}
