package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.document.DocumentDownloads;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.ui.BrowserScript;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of document and export of each seed agency, on its demo data (the published period, a mapped employee,
 * the demo's announced succession case and the closed committee session that named its slate, its mobility request,
 * its import with refused rows): issued through the API and, in the browser, from the button of the view that shows
 * the data; each a real PDF or XLSX file, verified on the public side as issued by that agency, about what it was,
 * with its records unchanged. What each kind contains is checked by the feature's own tests (TalentMapDocumentsIT,
 * SuccessionDocumentsIT, MobilityRequestIT, EmployeeImportIT).
 */
class DemoPaperworkEndToEndIT extends KeycloakPlatformTest {

    static final List<String> AGENCIES = List.of("jakarta_pusat", "tangerang", "palangka_raya", "medan", "kemnaker");

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentDownloads downloads;

    @Autowired
    JdbcTemplate jdbc;

    /** What the demo of one agency gives each kind of document to be about (the first of each, made at startup). */
    record Subjects(String agency, long published, String nip, long caseId, long session, String request, String job) {

        Map<String, DocumentRequest> kinds() {
            Map<String, DocumentRequest> kinds = new LinkedHashMap<>();
            for (String kind : List.of(
                    "TALENT_MAP_REPORT", "TALENT_MAP_MEMBERS", "UNIT_COMPLETENESS", "COMMUNITY_INPUT", "TALENT_POOL")) {
                kinds.put(kind, new DocumentRequest(published, null, null, null, null, null, null));
            }
            kinds.put("EMPLOYEES", new DocumentRequest(null, null, null, null, null, null, null));
            kinds.put("TALENT_CARD", new DocumentRequest(published, null, null, nip, null, null, null));
            for (String kind : List.of("SUCCESSION_GROUP", "DECISION_DRAFT", "ANNOUNCEMENT_NOTICE")) {
                kinds.put(kind, new DocumentRequest(null, null, null, null, caseId, null, null));
            }
            kinds.put("COMMITTEE_MINUTES", new DocumentRequest(null, null, null, null, null, session, null));
            kinds.put("MOBILITY_REQUEST_LETTER", new DocumentRequest(null, null, null, null, null, null, request));
            kinds.put("IMPORT_ERRORS", new DocumentRequest(null, null, null, null, null, null, job));
            return kinds;
        }
    }

    @Test
    void every_seed_agency_makes_and_verifies_every_kind_of_document_through_the_api() {
        for (String agency : AGENCIES) {
            Set<String> made = new TreeSet<>();
            subjects(agency).kinds().forEach((kind, ask) -> {
                var issued = SystemActor.callForAgency(agency, () -> documents.issue(agency, kind, ask, "id", "e2e"));
                byte[] file = SystemActor.callForAgency(agency, () -> {
                    var download = downloads
                            .open(issued.downloadPath().substring("/documents/".length()))
                            .orElseThrow();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    download.writer().accept(out);
                    return out.toByteArray();
                });
                boolean pdf = file.length > 5 && new String(file, 0, 5).equals("%PDF-");
                boolean xlsx = file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
                assertThat(pdf || xlsx)
                        .as(agency + " " + kind + " is a PDF or an XLSX file")
                        .isTrue();
                // the public side, as anyone scanning the code: no caller in the security context
                var verified = documents.verify(issued.code());
                assertThat(verified.found()).as(agency + " " + kind).isTrue();
                assertThat(verified.agency()).as(agency + " " + kind).isEqualTo(displayName(agency));
                assertThat(verified.kind()).isEqualTo(kind);
                assertThat(verified.changed())
                        .as(agency + " " + kind + ": " + verified.note())
                        .isFalse();
                made.add(kind);
            });
            assertThat(made)
                    .as(agency + " makes every kind the platform offers")
                    .isEqualTo(new TreeSet<>(documents.kinds()));
        }
    }

    @Test
    void every_seed_agency_downloads_every_document_from_its_view_and_anyone_verifies_each_code() throws Exception {
        for (String agency : AGENCIES) {
            Subjects s = subjects(agency);
            BrowserScript.Result result = BrowserScript.run(
                    "paperwork.mjs",
                    APP,
                    agency,
                    displayName(agency),
                    String.valueOf(s.published()),
                    s.nip(),
                    String.valueOf(s.caseId()),
                    String.valueOf(s.session()),
                    s.request(),
                    s.job());

            assertThat(result.exitCode()).as(agency + ": " + result.output()).isZero();
            assertThat(result.output())
                    .contains("paperwork of " + agency + ": 13 documents downloaded and verified: OK");
        }
    }

    Subjects subjects(String agency) {
        String schema = "t_" + agency;
        long published = one(
                Long.class,
                "SELECT id FROM " + schema + ".assessment_period WHERE status = 'PUBLISHED'" + " ORDER BY id DESC");
        return new Subjects(
                agency,
                published,
                one(
                        String.class,
                        "SELECT nip FROM " + schema + ".talent_result WHERE period_id = " + published
                                + " AND mapped ORDER BY nip"),
                one(Long.class, "SELECT case_id FROM " + schema + ".succession_announcement ORDER BY id"),
                one(Long.class, "SELECT id FROM " + schema + ".committee_session ORDER BY id"),
                one(
                        String.class,
                        "SELECT id::text FROM platform.mobility_request WHERE from_agency = '" + agency
                                + "' OR to_agency = '" + agency + "' ORDER BY requested_at"),
                one(
                        String.class,
                        "SELECT id::text FROM " + schema + ".import_job WHERE refused > 0 ORDER BY created_at"));
    }

    String displayName(String agency) {
        return jdbc.queryForObject("SELECT display_name FROM platform.tenant WHERE key = ?", String.class, agency);
    }

    /** The first row's value; the demo must have one (a seeder that made nothing fails here, naming what). */
    <T> T one(Class<T> type, String sql) {
        List<T> found = jdbc.queryForList(sql + " LIMIT 1", type);
        assertThat(found).as("the demo has: " + sql).isNotEmpty();
        return found.getFirst();
    }
}
