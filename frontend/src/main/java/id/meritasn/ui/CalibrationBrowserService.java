package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.CalibrationBoardService;
import id.meritasn.assessment.CalibrationMoveService;
import id.meritasn.employee.EmployeeService;
import id.meritasn.succession.CommitteeService;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The talent-review board: the sessions the caller may calibrate in, the moves with the names of the people moved,
 * the distribution per unit, rank and level; a move dragged onto a box is proposed here, a second member agrees or
 * declines here. The services check every role and rule; a refusal comes back as its messages.
 */
@BrowserCallable
@PermitAll
class CalibrationBrowserService {

    private final CalibrationMoveService moves;
    private final CalibrationBoardService boards;
    private final CommitteeService committee;
    private final EmployeeService employees;

    CalibrationBrowserService(
            CalibrationMoveService moves,
            CalibrationBoardService boards,
            CommitteeService committee,
            EmployeeService employees) {
        this.moves = moves;
        this.boards = boards;
        this.committee = committee;
        this.employees = employees;
    }

    record Session(long id, @NonNull String title, @NonNull String heldOn) {}

    record Move(
            long id,
            @NonNull String nip,
            @NonNull String name,
            int fromBox,
            int toBox,
            @NonNull String reason,
            @NonNull String movedBy,
            @NonNull String status,
            boolean mine,
            @Nullable String decidedBy,
            @Nullable String decisionReason) {}

    record Group(
            @NonNull String dimension,
            @NonNull String group,
            int mapped,
            @NonNull List<@NonNull Integer> counts,
            double successionShare) {}

    record Board(
            double successionShare,
            @Nullable Double guidelineSuccessionShare,
            int pending,
            @NonNull List<@NonNull Move> moves,
            @NonNull List<@NonNull Group> groups,
            @NonNull List<@NonNull Session> sessions) {}

    record Outcome(@Nullable Move move, @NonNull List<@NonNull String> problems) {}

    public @NonNull Board board(long periodId) {
        String agency = UiCaller.agency();
        String me = UiCaller.username();
        var board = boards.board(agency, periodId);
        Map<String, String> names =
                names(agency, board.moves().stream().map(CalibrationMove::nip).toList());
        // the sessions a committee member may act in: not closed, the caller among the present members
        List<Session> sessions = committee.sessions(agency).stream()
                .filter(s -> s.closedAt() == null)
                .filter(s -> s.members().stream()
                        .anyMatch(m -> m.present() && m.username().equals(me)))
                .map(s -> new Session(s.id(), s.title(), s.heldOn().toString()))
                .toList();
        return new Board(
                board.successionShare(),
                board.guidelineSuccessionShare(),
                board.pending(),
                board.moves().stream().map(m -> move(m, names, me)).toList(),
                board.groups().stream()
                        .map(g ->
                                new Group(g.dimension().name(), g.group(), g.mapped(), g.counts(), g.successionShare()))
                        .toList(),
                sessions);
    }

    public @NonNull Outcome propose(
            long periodId, long sessionId, @NonNull String nip, int box, @NonNull String reason) {
        return outcome(moves.propose(UiCaller.agency(), periodId, sessionId, nip, box, reason, UiCaller.username()));
    }

    public @NonNull Outcome agree(long moveId, long sessionId) {
        return outcome(moves.agree(UiCaller.agency(), moveId, sessionId, UiCaller.username()));
    }

    public @NonNull Outcome decline(long moveId, long sessionId, @NonNull String reason) {
        return outcome(moves.decline(UiCaller.agency(), moveId, sessionId, reason, UiCaller.username()));
    }

    private Outcome outcome(
            id.meritasn.shared.outcome.Outcome<CalibrationMove, CalibrationMoveService.Refusal> outcome) {
        CalibrationMove move = outcome.valueOrNull();
        return new Outcome(
                move == null ? null : move(move, names(UiCaller.agency(), List.of(move.nip())), UiCaller.username()),
                outcome.problems().stream()
                        .map(CalibrationMoveService.Refusal::message)
                        .toList());
    }

    private Map<String, String> names(String agency, List<String> nips) {
        Map<String, String> names = new HashMap<>();
        if (!nips.isEmpty()) {
            employees.findAll(agency, nips.stream().distinct().toList()).forEach(e -> names.put(e.nip(), e.fullName()));
        }
        return names;
    }

    private static Move move(CalibrationMove m, Map<String, String> names, String me) {
        return new Move(
                m.id(),
                m.nip(),
                names.getOrDefault(m.nip(), m.nip()),
                m.fromBox(),
                m.toBox(),
                m.reason(),
                m.movedBy(),
                m.status().name(),
                m.movedBy().equals(me),
                m.decidedBy(),
                m.decisionReason());
    }
}
