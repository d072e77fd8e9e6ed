package id.meritasn.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.checkpoint.Checkpoints.Point;
import id.meritasn.support.PdfPages;
import id.meritasn.support.ScriptedCheckpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A mobility request from request to completed transfer: the employee consents, A's PPK releases, B's PPK accepts and
 * the employee moves with every history. Refusals need reasons. A failure between the two schemas (or after both)
 * changes nothing in either, and a retry completes the transfer exactly once.
 */
class MobilityRequestIT extends MobilityWorld {

    static final String FIELDS = "{ request { id status fromAgency toAgency nip employeeName targetPositionName "
            + "refusedBy refusalReason transferAttempts transferError } errors { __typename ... on MobilityRefusal { code message } "
            + "... on FieldInvalid { field message } } }";

    @Autowired
    MobilityTransferService transfers;

    @Autowired
    MobilityIndexer indexer;

    @Autowired
    ScriptedCheckpoints checkpoints;

    @LocalServerPort
    int port;

    @AfterEach
    void noFaults() {
        checkpoints.clear(Point.TRANSFER_RELEASING_SIDE_WRITTEN);
        checkpoints.clear(Point.TRANSFER_RECEIVING_SIDE_WRITTEN);
    }

    String request(String nip) {
        consent(a, nip, true);
        within10s(() -> indexed(a, nip));
        return admin(b).document("mutation { requestMobility(input: {fromAgency: \"" + a + "\", nip: \"" + nip
                        + "\", targetPositionCode: \"KADIS\", note: \"Untuk pariwisata\"}) " + FIELDS + " }")
                .execute()
                .path("requestMobility.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("requestMobility.request.status")
                .entity(String.class)
                .isEqualTo("REQUESTED")
                .path("requestMobility.request.id")
                .entity(String.class)
                .get();
    }

    org.springframework.graphql.test.tester.GraphQlTester.Response decide(
            HttpGraphQlTester who, String mutation, String id, boolean approve, String reason) {
        return who.document("mutation { " + mutation + "(input: {requestId: \"" + id + "\", approve: " + approve
                        + (reason == null ? "" : ", reason: \"" + reason + "\"") + "}) " + FIELDS + " }")
                .execute();
    }

    /** Consent and release, leaving the request RELEASED. */
    String released(String nip) {
        String id = request(nip);
        decide(employeeOf(a, nip), "respondToMobilityRequest", id, true, null)
                .path("respondToMobilityRequest.request.status")
                .entity(String.class)
                .isEqualTo("CONSENTED");
        decide(ppk(a), "releaseForMobility", id, true, null)
                .path("releaseForMobility.request.status")
                .entity(String.class)
                .isEqualTo("RELEASED");
        return id;
    }

    Map<String, Object> snapshot(String nip) {
        return Map.of(
                "aStatus",
                        jdbc.queryForList("SELECT status FROM t_" + a + ".employee WHERE nip = ?", String.class, nip),
                "bEmployees",
                        jdbc.queryForList(
                                "SELECT nip || ':' || status FROM t_" + b + ".employee WHERE nip = ?",
                                String.class,
                                nip),
                "bAwards", count("t_" + b + ".award", nip),
                "bRanks", count("t_" + b + ".rank_history", nip),
                "bPositions", count("t_" + b + ".position_history", nip),
                "markers", count("t_" + a + ".mobility_transfer", nip) + count("t_" + b + ".mobility_transfer", nip),
                "aConsent", count("t_" + a + ".mobility_consent", nip));
    }

    int count(String table, String nip) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE nip = ?", Integer.class, nip);
    }

    @Test
    void consent_release_and_acceptance_move_the_employee_with_histories_and_a_keeps_a_transferred_out_record() {
        String nip = TRANSFER.get(0);
        String id = released(nip);

        decide(ppk(b), "acceptMobility", id, true, null)
                .path("acceptMobility.request.status")
                .entity(String.class)
                .isEqualTo("COMPLETED");

        assertThat(snapshot(nip))
                .containsEntry("aStatus", java.util.List.of("TRANSFERRED_OUT"))
                .containsEntry("bEmployees", java.util.List.of(nip + ":ACTIVE"))
                .containsEntry("bAwards", 1)
                .containsEntry("bRanks", 1)
                .containsEntry("bPositions", 1) // the new position, from the day of the move
                .containsEntry("markers", 2)
                .containsEntry("aConsent", 0);
        assertThat(count("t_" + a + ".award", nip)).as("A keeps the histories").isEqualTo(1);
        admin(b).document("{ employee(nip: \"" + nip + "\") { position { code } positionHistory { name } } }")
                .execute()
                .path("employee.position.code")
                .entity(String.class)
                .isEqualTo("KADIS")
                .path("employee.positionHistory[0].name")
                .entity(String.class)
                .isEqualTo("Kepala Dinas Pariwisata");
        within10s(() -> !indexed(a, nip));
        // both parties and national oversight see it; the employee sees their own
        assertThat(admin(a).document("{ mobilityRequests(first: 50) { edges { node { id status } } } }")
                        .execute()
                        .path("mobilityRequests.edges[*].node.id")
                        .entityList(String.class)
                        .get())
                .contains(id);
        assertThat(national()
                        .document("{ mobilityRequests(first: 200) { edges { node { id } } } }")
                        .execute()
                        .path("mobilityRequests.edges[*].node.id")
                        .entityList(String.class)
                        .get())
                .contains(id);
        employeeOf(a, nip)
                .document("{ mobilityRequests { edges { node { id status } } } }")
                .execute()
                .path("mobilityRequests.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id);
    }

    @Test
    void each_party_may_refuse_but_only_with_a_reason_and_only_in_its_turn() {
        String nip = TRANSFER.get(1);
        String id = request(nip);

        decide(ppk(a), "releaseForMobility", id, true, null)
                .path("releaseForMobility.errors[0].code")
                .entity(String.class)
                .isEqualTo("WRONG_STATE");
        decide(employeeOf(a, BUDI), "respondToMobilityRequest", id, true, null)
                .path("respondToMobilityRequest.errors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
        decide(employeeOf(a, nip), "respondToMobilityRequest", id, false, null)
                .path("respondToMobilityRequest.errors[0].field")
                .entity(String.class)
                .isEqualTo("reason");
        decide(employeeOf(a, nip), "respondToMobilityRequest", id, true, null);
        decide(ppk(b), "releaseForMobility", id, true, null)
                .path("releaseForMobility.errors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
        decide(ppk(a), "releaseForMobility", id, false, "Masih dibutuhkan di Bagian Umum")
                .path("releaseForMobility.request.status")
                .entity(String.class)
                .isEqualTo("REFUSED")
                .path("releaseForMobility.request.refusedBy")
                .entity(String.class)
                .isEqualTo("RELEASING_AGENCY")
                .path("releaseForMobility.request.refusalReason")
                .entity(String.class)
                .isEqualTo("Masih dibutuhkan di Bagian Umum");
        decide(ppk(b), "acceptMobility", id, true, null)
                .path("acceptMobility.errors[0].code")
                .entity(String.class)
                .isEqualTo("WRONG_STATE");
        assertThat(snapshot(nip))
                .containsEntry("aStatus", java.util.List.of("ACTIVE"))
                .containsEntry("bEmployees", java.util.List.of());
        consent(a, nip, false);
    }

    @Test
    void a_failure_between_the_two_schemas_changes_nothing_and_a_retry_completes_the_transfer_exactly_once() {
        String nip = TRANSFER.get(2);
        String id = released(nip);
        Map<String, Object> before = snapshot(nip);
        checkpoints.at(Point.TRANSFER_RELEASING_SIDE_WRITTEN, p -> {
            throw new IllegalStateException("injected: the receiving agency's database went away");
        });

        decide(ppk(b), "acceptMobility", id, true, null)
                .path("acceptMobility.request.status")
                .entity(String.class)
                .isEqualTo("ACCEPTED")
                .path("acceptMobility.request.transferAttempts")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("acceptMobility.request.transferError")
                .entity(String.class)
                .satisfies(error -> assertThat(error).contains("nothing was changed"));
        assertThat(snapshot(nip)).isEqualTo(before);

        checkpoints.clear(Point.TRANSFER_RELEASING_SIDE_WRITTEN);
        admin(b).document("mutation { retryMobilityTransfer(input: {requestId: \"" + id + "\"}) " + FIELDS + " }")
                .execute()
                .path("retryMobilityTransfer.request.status")
                .entity(String.class)
                .isEqualTo("COMPLETED");
        Map<String, Object> after = snapshot(nip);
        assertThat(after)
                .containsEntry("aStatus", java.util.List.of("TRANSFERRED_OUT"))
                .containsEntry("bEmployees", java.util.List.of(nip + ":ACTIVE"))
                .containsEntry("bAwards", 1)
                .containsEntry("bRanks", 1)
                .containsEntry("markers", 2);

        admin(b).document("mutation { retryMobilityTransfer(input: {requestId: \"" + id + "\"}) " + FIELDS + " }")
                .execute()
                .path("retryMobilityTransfer.errors[0].code")
                .entity(String.class)
                .isEqualTo("WRONG_STATE");
        transfers.complete(java.util.UUID.fromString(id), "test"); // a late automatic retry
        assertThat(snapshot(nip)).isEqualTo(after);
    }

    @Test
    void a_failure_after_both_schemas_were_written_rolls_both_back() {
        String nip = TRANSFER.get(3);
        String id = released(nip);
        Map<String, Object> before = snapshot(nip);
        checkpoints.at(Point.TRANSFER_RECEIVING_SIDE_WRITTEN, p -> {
            throw new IllegalStateException("injected: crash before the commit");
        });

        decide(ppk(b), "acceptMobility", id, true, null)
                .path("acceptMobility.request.status")
                .entity(String.class)
                .isEqualTo("ACCEPTED");
        assertThat(snapshot(nip)).isEqualTo(before);

        checkpoints.clear(Point.TRANSFER_RECEIVING_SIDE_WRITTEN);
        assertThat(transfers.complete(java.util.UUID.fromString(id), "test").status())
                .isEqualTo(MobilityRecords.RequestStatus.COMPLETED);
        assertThat(snapshot(nip))
                .containsEntry("aStatus", java.util.List.of("TRANSFERRED_OUT"))
                .containsEntry("bEmployees", java.util.List.of(nip + ":ACTIVE"))
                .containsEntry("bAwards", 1);
    }

    @Test
    void only_an_indexed_employee_can_be_requested_and_only_once_at_a_time() {
        admin(b).document("mutation { requestMobility(input: {fromAgency: \"" + a + "\", nip: \"" + CITRA
                        + "\", targetPositionCode: \"KADIS\"}) " + FIELDS + " }")
                .execute()
                .path("requestMobility.errors[0].field")
                .entity(String.class)
                .isEqualTo("nip")
                .path("requestMobility.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("not in the national talent index"));
        String id = request(BUDI);
        admin(b).document("mutation { requestMobility(input: {fromAgency: \"" + a + "\", nip: \"" + BUDI
                        + "\", targetPositionCode: \"KADIS\"}) " + FIELDS + " }")
                .execute()
                .path("requestMobility.errors[0].code")
                .entity(String.class)
                .isEqualTo("DUPLICATE");
        decide(employeeOf(a, BUDI), "respondToMobilityRequest", id, false, "Keluarga di Medan");
        consent(a, BUDI, false);
    }

    @Test
    void either_party_prints_the_request_letter_and_to_a_third_agency_the_request_does_not_exist() throws Exception {
        String nip = TRANSFER.get(4);
        String id = request(nip);
        String issue = "mutation { issueDocument(input: {kind: \"MOBILITY_REQUEST_LETTER\", requestId: \"" + id
                + "\"}) { document { code downloadPath } errors { field message } } }";
        for (HttpGraphQlTester party : List.of(admin(b), admin(a))) {
            String path = party.document(issue)
                    .execute()
                    .path("issueDocument.document.downloadPath")
                    .entity(String.class)
                    .get();
            byte[] pdf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                // from the receiving agency (b) to the releasing one (a), about the employee and the post offered
                assertThat(text)
                        .contains("Kepada Yth. Pejabat Pembina Kepegawaian Instansi " + a)
                        .contains("Instansi " + b + " mengajukan permohonan mutasi")
                        .contains(nip)
                        .contains("Untuk pariwisata");
                assertThat(PdfPages.darkPixels(document, 0))
                        .as("the first page is not blank")
                        .isGreaterThan(500);
            }
        }
        admin(c).document(issue)
                .execute()
                .path("issueDocument.errors[0].field")
                .entity(String.class)
                .isEqualTo("requestId");
        employeeOf(a, nip)
                .document(issue)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }
}
