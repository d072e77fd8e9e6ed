package id.meritasn.succession;

import id.meritasn.inbox.Caller;
import id.meritasn.inbox.Task;
import id.meritasn.inbox.TaskSource;
import id.meritasn.shared.security.Roles;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the succession workflow waits for: slates to name and objections to answer (the talent committee), slates to
 * decide and announcements to finalize once their window has closed and every objection has its answer (the PPK). A
 * single case links to its own page.
 */
@Component
@Order(30)
class SuccessionTasks implements TaskSource {

    private final SuccessionService succession;
    private final Clock clock;

    SuccessionTasks(SuccessionService succession, Clock clock) {
        this.succession = succession;
        this.clock = clock;
    }

    @Override
    public List<Task> tasks(String agency, Caller caller) {
        List<Task> tasks = new ArrayList<>();
        if (caller.has(Roles.TALENT_COMMITTEE)) {
            add(tasks, "NAME_SLATES", SuccessionTaskText.NAME_SLATES, succession.cases(agency, CaseStatus.OPEN),
                    "/suksesi");
            List<SuccessionCase> objected = new ArrayList<>();
            int unanswered = 0;
            for (SuccessionCase c : succession.cases(agency, CaseStatus.ANNOUNCED)) {
                int open = unanswered(agency, c);
                if (open > 0) {
                    objected.add(c);
                    unanswered += open;
                }
            }
            if (unanswered > 0) {
                tasks.add(new Task("ANSWER_OBJECTIONS", SuccessionTaskText.ANSWER_OBJECTIONS.with("count", unanswered),
                        unanswered, link(objected, "/suksesi")));
            }
        }
        if (caller.has(Roles.PPK)) {
            add(tasks, "DECIDE_SUCCESSORS", SuccessionTaskText.DECIDE_SUCCESSORS,
                    succession.cases(agency, CaseStatus.SLATE_PROPOSED), "/keputusan");
            LocalDate today = LocalDate.now(clock);
            add(tasks, "FINALIZE_APPOINTMENTS", SuccessionTaskText.FINALIZE_APPOINTMENTS,
                    succession.cases(agency, CaseStatus.ANNOUNCED).stream().filter(c -> c.announcement() != null
                            && c.announcement().objectionDeadline().isBefore(today) && unanswered(agency, c) == 0)
                            .toList(), "/keputusan");
        }
        return tasks;
    }

    private int unanswered(String agency, SuccessionCase c) {
        return (int) succession.objections(agency, c.id()).stream().filter(o -> o.response() == null).count();
    }

    private static void add(List<Task> tasks, String kind, SuccessionTaskText text, List<SuccessionCase> cases,
                            String list) {
        if (!cases.isEmpty()) {
            tasks.add(new Task(kind, text.with("count", cases.size()), cases.size(), link(cases, list)));
        }
    }

    /** One case opens its page; several, the list that shows them. */
    private static String link(List<SuccessionCase> cases, String list) {
        return cases.size() == 1 ? "/suksesi/" + cases.getFirst().id() : list;
    }
}
