package id.meritasn.e2e;

import id.meritasn.document.DocumentDownloads;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentService;
import id.meritasn.shared.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents and exports of each seed agency, on its demo data: for every kind whose subject the demo has (a
 * period, a mapped employee, a succession case at each step, a committee session, a mobility request, an import job
 * with refused rows), issued as the agency and made from its link, a real PDF or XLSX file. Every seed agency has a
 * period and mapped employees, so the seven period documents are made for each; the demo opens no succession case,
 * session or mobility request, so those kinds are made here only once a demo has them (their own tests create them:
 * SuccessionDocumentsIT, MobilityRequestIT, EmployeeImportIT).
 */
class DemoPaperworkEndToEndIT extends KeycloakPlatformTest {

    static final List<String> AGENCIES = List.of("jakarta_pusat", "tangerang", "palangka_raya", "medan", "kemnaker");

    @Autowired DocumentService documents;
    @Autowired DocumentDownloads downloads;
    @Autowired JdbcTemplate jdbc;

    static final Set<String> PERIOD_KINDS = Set.of("TALENT_MAP_REPORT", "TALENT_MAP_MEMBERS", "UNIT_COMPLETENESS",
            "COMMUNITY_INPUT", "EMPLOYEES", "TALENT_POOL", "TALENT_CARD");

    @Test
    void every_seed_agency_makes_every_document_its_demo_has_a_subject_for() {
        for (String agency : AGENCIES) {
            Set<String> made = new TreeSet<>();
            String schema = "t_" + agency;
            Long period = first("SELECT id FROM " + schema + ".assessment_period ORDER BY (status = 'PUBLISHED') DESC,"
                    + " id DESC");
            Long published = first("SELECT id FROM " + schema + ".assessment_period WHERE status = 'PUBLISHED'"
                    + " ORDER BY id DESC");
            String nip = period == null ? null : text("SELECT nip FROM " + schema + ".talent_result WHERE period_id = "
                    + period + " AND mapped ORDER BY nip");
            Long anyCase = first("SELECT id FROM " + schema + ".succession_case ORDER BY id");
            Long decided = first("SELECT case_id FROM " + schema + ".succession_decision ORDER BY id");
            Long announced = first("SELECT case_id FROM " + schema + ".succession_announcement ORDER BY id");
            Long session = first("SELECT id FROM " + schema + ".committee_session ORDER BY id");
            String request = text("SELECT id::text FROM platform.mobility_request WHERE from_agency = '" + agency
                    + "' OR to_agency = '" + agency + "' ORDER BY requested_at");
            String job = text("SELECT id::text FROM " + schema + ".import_job WHERE refused > 0 ORDER BY created_at");

            Map<String, DocumentRequest> kinds = new LinkedHashMap<>();
            if (period != null) {
                kinds.put("TALENT_MAP_REPORT", ask(period, null, null, null, null));
                kinds.put("TALENT_MAP_MEMBERS", ask(period, null, null, null, null));
                kinds.put("UNIT_COMPLETENESS", ask(period, null, null, null, null));
                kinds.put("COMMUNITY_INPUT", ask(period, null, null, null, null));
            }
            kinds.put("EMPLOYEES", ask(null, null, null, null, null));
            put(kinds, "TALENT_POOL", published, ask(published, null, null, null, null));
            put(kinds, "TALENT_CARD", nip, ask(period, nip, null, null, null));
            put(kinds, "SUCCESSION_GROUP", anyCase, ask(null, null, anyCase, null, null));
            put(kinds, "DECISION_DRAFT", decided, ask(null, null, decided, null, null));
            put(kinds, "ANNOUNCEMENT_NOTICE", announced, ask(null, null, announced, null, null));
            put(kinds, "COMMITTEE_MINUTES", session, ask(null, null, null, session, null));
            put(kinds, "MOBILITY_REQUEST_LETTER", request, ask(null, null, null, null, request));
            put(kinds, "IMPORT_ERRORS", job, ask(null, null, null, null, job));

            kinds.forEach((kind, ask) -> {
                byte[] file = SystemActor.callForAgency(agency, () -> {
                    var issued = documents.issue(agency, kind, ask, "id", "e2e");
                    var download = downloads.open(issued.downloadPath().substring("/documents/".length()))
                            .orElseThrow();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    download.writer().accept(out);
                    return out.toByteArray();
                });
                boolean pdf = file.length > 5 && new String(file, 0, 5).equals("%PDF-");
                boolean xlsx = file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
                assertThat(pdf || xlsx).as(agency + " " + kind + " is a PDF or an XLSX file").isTrue();
                made.add(kind);
            });
            assertThat(made).as(agency).containsAll(PERIOD_KINDS);
        }
    }

    static DocumentRequest ask(Long period, String nip, Long caseId, Long session, String request) {
        return new DocumentRequest(period, null, null, nip, caseId, session, request);
    }

    static void put(Map<String, DocumentRequest> kinds, String kind, Object subject, DocumentRequest ask) {
        if (subject != null) {
            kinds.put(kind, ask);
        }
    }

    Long first(String sql) {
        List<Long> found = jdbc.queryForList(sql + " LIMIT 1", Long.class);
        return found.isEmpty() ? null : found.getFirst();
    }

    String text(String sql) {
        List<String> found = jdbc.queryForList(sql + " LIMIT 1", String.class);
        return found.isEmpty() ? null : found.getFirst();
    }
}
