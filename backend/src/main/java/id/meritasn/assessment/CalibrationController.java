package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.CalibrationBoardService.Board;
import id.meritasn.assessment.CalibrationMoveService.Refusal;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.outcome.Outcome;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The talent-review board: moves proposed, agreed and declined in committee sessions, and what the board shows. */
@Controller
class CalibrationController {

    private final CalibrationMoveService moves;
    private final CalibrationBoardService board;

    CalibrationController(CalibrationMoveService moves, CalibrationBoardService board) {
        this.moves = moves;
        this.board = board;
    }

    record MoveToBoxInput(long periodId, long sessionId, String nip, int box, String reason) {}

    record AgreeToMoveInput(long moveId, long sessionId) {}

    record DeclineMoveInput(long moveId, long sessionId, String reason) {}

    record CalibrationMovePayload(@Nullable CalibrationMove move, List<Refusal> errors) {

        CalibrationMovePayload(Outcome<CalibrationMove, Refusal> outcome) {
            this(outcome.valueOrNull(), outcome.problems());
        }
    }

    @QueryMapping
    Board calibrationBoard(@Argument long periodId, @CurrentAgency String agency) {
        return board.board(agency, periodId);
    }

    @MutationMapping
    CalibrationMovePayload moveToBox(
            @Argument MoveToBoxInput input, Authentication caller, @CurrentAgency String agency) {
        return new CalibrationMovePayload(moves.propose(
                agency,
                input.periodId(),
                input.sessionId(),
                input.nip().trim(),
                input.box(),
                input.reason(),
                caller.getName()));
    }

    @MutationMapping
    CalibrationMovePayload agreeToMove(
            @Argument AgreeToMoveInput input, Authentication caller, @CurrentAgency String agency) {
        return new CalibrationMovePayload(moves.agree(agency, input.moveId(), input.sessionId(), caller.getName()));
    }

    @MutationMapping
    CalibrationMovePayload declineMove(
            @Argument DeclineMoveInput input, Authentication caller, @CurrentAgency String agency) {
        return new CalibrationMovePayload(
                moves.decline(agency, input.moveId(), input.sessionId(), input.reason(), caller.getName()));
    }
}
