package id.meritasn.succession;

import id.meritasn.inbox.Caller;
import id.meritasn.inbox.Task;
import id.meritasn.inbox.TaskSource;
import id.meritasn.shared.security.Roles;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the succession workflow waits for: slates to name, objections to answer and the member's sessions not yet
 * closed (the talent committee); slates to decide, announcements to finalize once their window has closed
 * and every objection has its answer, and the objections still unanswered before that (the PPK). A single case links
 * to its own page.
 */
@Component
@Order(30)
class SuccessionTasks implements TaskSource {

    private final SuccessionService succession;
    private final CommitteeService committees;
    private final Clock clock;

    SuccessionTasks(SuccessionService succession, CommitteeService committees, Clock clock) {
        this.succession = succession;
        this.committees = committees;
        this.clock = clock;
    }

    @Override
    public List<Task> tasks(String agency, Caller caller) {
        List<Task> tasks = new ArrayList<>();
        boolean committee = caller.has(Roles.TALENT_COMMITTEE);
        boolean ppk = caller.has(Roles.PPK);
        if (!committee && !ppk) {
            return tasks;
        }
        // announced cases with their unanswered objections, read once for both roles
        Map<SuccessionCase, Integer> announced = new LinkedHashMap<>();
        succession.cases(agency, CaseStatus.ANNOUNCED).forEach(c -> announced.put(c, unanswered(agency, c)));
        if (committee) {
            add(
                    tasks,
                    "NAME_SLATES",
                    SuccessionTaskText.NAME_SLATES,
                    succession.cases(agency, CaseStatus.OPEN),
                    "/suksesi");
            List<SuccessionCase> objected = announced.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(Map.Entry::getKey)
                    .toList();
            int unanswered =
                    announced.values().stream().mapToInt(Integer::intValue).sum();
            if (unanswered > 0) {
                tasks.add(new Task(
                        "ANSWER_OBJECTIONS",
                        SuccessionTaskText.ANSWER_OBJECTIONS.with("count", unanswered),
                        unanswered,
                        link(objected, "/suksesi")));
            }
            int open = (int) committees.sessions(agency).stream()
                    .filter(s -> s.closedAt() == null
                            && s.members().stream().anyMatch(m -> m.username().equals(caller.username())))
                    .count();
            if (open > 0) {
                tasks.add(new Task(
                        "CLOSE_SESSIONS", SuccessionTaskText.CLOSE_SESSIONS.with("count", open), open, "/komite"));
            }
        }
        if (ppk) {
            add(
                    tasks,
                    "DECIDE_SUCCESSORS",
                    SuccessionTaskText.DECIDE_SUCCESSORS,
                    succession.cases(agency, CaseStatus.SLATE_PROPOSED),
                    "/keputusan");
            LocalDate today = LocalDate.now(clock);
            add(
                    tasks,
                    "FINALIZE_APPOINTMENTS",
                    SuccessionTaskText.FINALIZE_APPOINTMENTS,
                    announced.entrySet().stream()
                            .filter(e -> e.getValue() == 0
                                    && e.getKey().announcement() != null
                                    && e.getKey()
                                            .announcement()
                                            .objectionDeadline()
                                            .isBefore(today))
                            .map(Map.Entry::getKey)
                            .toList(),
                    "/keputusan");
            int unanswered =
                    announced.values().stream().mapToInt(Integer::intValue).sum();
            if (unanswered > 0) {
                tasks.add(new Task(
                        "OBJECTIONS_BEFORE_FINALIZING",
                        SuccessionTaskText.OBJECTIONS_BEFORE_FINALIZING.with("count", unanswered),
                        unanswered,
                        "/keputusan"));
            }
        }
        return tasks;
    }

    private int unanswered(String agency, SuccessionCase c) {
        return (int) succession.objections(agency, c.id()).stream()
                .filter(o -> o.response() == null)
                .count();
    }

    private static void add(
            List<Task> tasks, String kind, SuccessionTaskText text, List<SuccessionCase> cases, String list) {
        if (!cases.isEmpty()) {
            tasks.add(new Task(kind, text.with("count", cases.size()), cases.size(), link(cases, list)));
        }
    }

    /** One case opens its page; several, the list that shows them. */
    private static String link(List<SuccessionCase> cases, String list) {
        return cases.size() == 1 ? "/suksesi/" + cases.getFirst().id() : list;
    }
}
