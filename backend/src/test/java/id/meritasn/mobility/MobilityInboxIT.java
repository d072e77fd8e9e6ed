package id.meritasn.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.Inboxes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The inbox follows a transfer request from party to party: the employee asked for has it to answer, then the
 * sending agency's PPK to release, then the receiving agency's PPK to accept; each count is the number of requests
 * in that state as the party's own list shows them, and a party whose turn it is not has nothing.
 */
class MobilityInboxIT extends MobilityWorld {

    /** How many requests the party's list shows in this state, with this agency on the given side. */
    @SuppressWarnings("unchecked")
    int listed(HttpGraphQlTester who, String status, String side, String agency) {
        List<Map<String, Object>> nodes = who
                .document("{ mobilityRequests(first: 200) { edges { node { status" + " fromAgency toAgency } } } }")
                .execute()
                .path("mobilityRequests.edges[*].node")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        return (int) nodes.stream()
                .filter(n -> n.get("status").equals(status) && n.get(side).equals(agency))
                .count();
    }

    @Test
    void each_party_finds_the_request_in_its_inbox_when_it_is_their_turn() {
        String nip = TRANSFER.get(5);
        consent(a, nip, true);
        within10s(() -> indexed(a, nip));
        String id = admin(b).document("mutation { requestMobility(input: {fromAgency: \"" + a + "\", nip: \"" + nip
                        + "\", targetPositionCode: \"KADIS\"}) { request { id } errors { __typename } } }")
                .execute()
                .path("requestMobility.request.id")
                .entity(String.class)
                .get();

        HttpGraphQlTester employee = employeeOf(a, nip);
        assertThat(Inboxes.waiting(employee, "ANSWER_TRANSFER_REQUEST"))
                .isEqualTo(1)
                .isEqualTo(listed(employee, "REQUESTED", "fromAgency", a));
        assertThat(Inboxes.task(employee, "ANSWER_TRANSFER_REQUEST"))
                .containsEntry("link", "/mobilitas-saya")
                .extractingByKey("text")
                .satisfies(
                        text -> assertThat(((Map<?, ?>) text).get("indonesian").toString())
                                .startsWith("1 permintaan mutasi"));
        assertThat(Inboxes.waiting(ppk(a), "RELEASE_OR_ACCEPT_TRANSFER"))
                .as("not the PPK's turn yet")
                .isEqualTo(listed(ppk(a), "CONSENTED", "fromAgency", a) + listed(ppk(a), "RELEASED", "toAgency", a));

        employee.document("mutation { respondToMobilityRequest(input: {requestId: \"" + id + "\", approve: true})"
                        + " { request { status } } }")
                .execute();
        assertThat(Inboxes.waiting(employee, "ANSWER_TRANSFER_REQUEST")).isZero();
        int releasing = Inboxes.waiting(ppk(a), "RELEASE_OR_ACCEPT_TRANSFER");
        assertThat(releasing)
                .isPositive()
                .isEqualTo(listed(ppk(a), "CONSENTED", "fromAgency", a) + listed(ppk(a), "RELEASED", "toAgency", a));
        int acceptingBefore = Inboxes.waiting(ppk(b), "RELEASE_OR_ACCEPT_TRANSFER");

        ppk(a).document("mutation { releaseForMobility(input: {requestId: \"" + id + "\", approve: true})"
                        + " { request { status } } }")
                .execute();
        assertThat(Inboxes.waiting(ppk(a), "RELEASE_OR_ACCEPT_TRANSFER")).isEqualTo(releasing - 1);
        assertThat(Inboxes.waiting(ppk(b), "RELEASE_OR_ACCEPT_TRANSFER"))
                .isEqualTo(acceptingBefore + 1)
                .isEqualTo(listed(ppk(b), "CONSENTED", "fromAgency", b) + listed(ppk(b), "RELEASED", "toAgency", b));
        // the other agency's people see nothing of it; a tenant admin has no PPK task
        assertThat(Inboxes.waiting(admin(b), "RELEASE_OR_ACCEPT_TRANSFER")).isZero();
        assertThat(Inboxes.waiting(employeeOf(b, nip), "ANSWER_TRANSFER_REQUEST"))
                .isZero();
    }
}
