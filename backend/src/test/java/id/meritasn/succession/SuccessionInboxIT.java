package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.Inboxes;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The inbox follows a succession case: the committee has a slate to name while it is open, the PPK a slate to
 * decide once it is named, the committee an objection to answer once the shortlist is announced and someone objects
 * (and the PPK sees it waits before the appointment); a member the sessions they sit in until closed. Each count is
 * the number of cases (or sessions) in that state as the agency's lists show them, and a single case links to its
 * page. The employee role has none of these tasks.
 */
class SuccessionInboxIT extends SuccessionWorld {

    int cases(HttpGraphQlTester who, String status) {
        return who.document("{ successionCases(status: " + status + ") { id } }")
                .execute()
                .path("successionCases")
                .entityList(Object.class)
                .get()
                .size();
    }

    @SuppressWarnings("unchecked")
    int openSessionsOf(String member) {
        return (int) admin()
                .document("{ committeeSessions { closedAt members { username } } }")
                .execute()
                .path("committeeSessions")
                .entityList(java.util.Map.class)
                .get()
                .stream()
                .filter(s -> s.get("closedAt") == null
                        && ((java.util.List<java.util.Map<String, Object>>) s.get("members"))
                                .stream().anyMatch(m -> m.get("username").equals(member)))
                .count();
    }

    @Test
    void the_committee_and_the_ppk_find_each_step_of_a_case_in_their_inbox() {
        String caseId = openCase();
        assertThat(Inboxes.waiting(committee("komite1"), "NAME_SLATES"))
                .isEqualTo(1)
                .isEqualTo(cases(admin(), "OPEN"));
        assertThat(Inboxes.task(committee("komite1"), "NAME_SLATES")).containsEntry("link", "/suksesi/" + caseId);
        assertThat(Inboxes.waiting(ppk(), "DECIDE_SUCCESSORS")).isZero();

        String sitting = session("Sidang Komite Talenta", 2, true);
        int open = openSessionsOf("komite1");
        assertThat(Inboxes.waiting(committee("komite1"), "CLOSE_SESSIONS"))
                .isEqualTo(open)
                .isPositive();
        assertThat(Inboxes.task(committee("komite1"), "CLOSE_SESSIONS")).containsEntry("link", "/komite");
        nominate("komite1", caseId, sitting, A, B, C)
                .path("nominateSlate.errors")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(Inboxes.waiting(committee("komite2"), "NAME_SLATES")).isZero();
        assertThat(Inboxes.waiting(ppk(), "DECIDE_SUCCESSORS"))
                .isEqualTo(1)
                .isEqualTo(cases(admin(), "SLATE_PROPOSED"));
        assertThat(Inboxes.task(ppk(), "DECIDE_SUCCESSORS")).containsEntry("link", "/suksesi/" + caseId);

        step(ppk(), "decideSuccessor", "{caseId: " + caseId + ", nip: \"" + A + "\"}")
                .path("decideSuccessor.successionCase.status")
                .entity(String.class)
                .isEqualTo("DECIDED");
        String announcement = step(committee("komite1"), "announceShortlist", "{caseId: " + caseId + "}")
                .path("announceShortlist.successionCase.announcement.id")
                .entity(String.class)
                .get();
        assertThat(Inboxes.waiting(ppk(), "DECIDE_SUCCESSORS")).isZero();
        assertThat(Inboxes.waiting(ppk(), "FINALIZE_APPOINTMENTS"))
                .as("the objection window is open")
                .isZero();
        assertThat(Inboxes.waiting(committee("komite2"), "ANSWER_OBJECTIONS")).isZero();

        assertThat(objection(announcement, "Mohon diperiksa kembali riwayat jabatan calon."))
                .contains("receipt");
        assertThat(Inboxes.waiting(committee("komite2"), "ANSWER_OBJECTIONS")).isEqualTo(1);
        assertThat(Inboxes.waiting(ppk(), "OBJECTIONS_BEFORE_FINALIZING"))
                .as("the PPK sees what the appointment waits for")
                .isEqualTo(1);
        assertThat(Inboxes.waiting(committee("komite1"), "OBJECTIONS_BEFORE_FINALIZING"))
                .isZero();

        committee("komite1")
                .document("mutation { closeCommitteeSession(input: {sessionId: " + sitting + "}) { session"
                        + " { closedAt } } }")
                .execute()
                .path("closeCommitteeSession.session.closedAt")
                .entity(String.class)
                .satisfies(closed -> assertThat(closed).isNotBlank());
        assertThat(Inboxes.waiting(committee("komite1"), "CLOSE_SESSIONS"))
                .isEqualTo(openSessionsOf("komite1"))
                .isEqualTo(open - 1);
        assertThat(Inboxes.waiting(as("pegawai", "employee", E), "ANSWER_OBJECTIONS"))
                .isZero();
        assertThat(Inboxes.tasks(as("pegawai", "employee", E)))
                .noneMatch(t -> t.get("kind")
                        .toString()
                        .matches("NAME_SLATES|DECIDE_SUCCESSORS|FINALIZE_APPOINTMENTS|ANSWER_OBJECTIONS"));
    }
}
