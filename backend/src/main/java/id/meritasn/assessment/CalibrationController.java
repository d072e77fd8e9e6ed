package id.meritasn.assessment;

import id.meritasn.assessment.CalibrationBoardService.Board;
import id.meritasn.assessment.CalibrationMoveService.Outcome;
import id.meritasn.shared.graphql.CurrentAgency;
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

    @QueryMapping
    Board calibrationBoard(@Argument long periodId, @CurrentAgency String agency) {
        return board.board(agency, periodId);
    }

    @MutationMapping
    Outcome moveToBox(@Argument MoveToBoxInput input, Authentication caller, @CurrentAgency String agency) {
        return moves.propose(
                agency,
                input.periodId(),
                input.sessionId(),
                input.nip().trim(),
                input.box(),
                input.reason(),
                caller.getName());
    }

    @MutationMapping
    Outcome agreeToMove(@Argument AgreeToMoveInput input, Authentication caller, @CurrentAgency String agency) {
        return moves.agree(agency, input.moveId(), input.sessionId(), caller.getName());
    }

    @MutationMapping
    Outcome declineMove(@Argument DeclineMoveInput input, Authentication caller, @CurrentAgency String agency) {
        return moves.decline(agency, input.moveId(), input.sessionId(), input.reason(), caller.getName());
    }
}
