package id.meritasn.development;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.NineBox;
import id.meritasn.development.DevelopmentRecords.ActionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proposals from every box, with and without gaps: each gap is trained, each action says why, 20 JP at least. */
class PlanProposalTest {

    @Test
    void every_box_gives_at_least_the_yearly_hours_and_every_gap_a_training() {
        List<PlanProposal.Gap> gaps =
                List.of(new PlanProposal.Gap("K-INTEGRITAS", 2, 4), new PlanProposal.Gap("T-ANALISIS", 1, 2));
        for (int box = 1; box <= 9; box++) {
            for (List<PlanProposal.Gap> withGaps : List.of(gaps, List.<PlanProposal.Gap>of())) {
                List<PlanProposal.Proposed> actions = PlanProposal.propose(box, withGaps);
                assertThat(actions.stream()
                                .mapToInt(PlanProposal.Proposed::hours)
                                .sum())
                        .as("box " + box)
                        .isGreaterThanOrEqualTo(DevelopmentRecords.YEARLY_JP);
                for (PlanProposal.Gap gap : withGaps) {
                    assertThat(actions).as("box " + box).anySatisfy(a -> {
                        assertThat(a.kind()).isEqualTo(ActionKind.TRAINING);
                        assertThat(a.competency()).isEqualTo(gap.competency());
                        assertThat(a.hours()).isEqualTo(8 * (gap.required() - gap.achieved()));
                    });
                }
                int recommendedBox = box;
                // every action from the box names one of the box's recommendations as its reason
                actions.stream()
                        .filter(a -> a.reason().startsWith("BOX|"))
                        .forEach(a -> assertThat(NineBox.recommendedActions(recommendedBox))
                                .contains(a.reason().split("\\|")[2]));
                actions.forEach(
                        a -> assertThat(Reasons.text(a.reason()).indonesian()).doesNotContain("{"));
            }
        }
        assertThat(PlanProposal.propose(8, List.of()))
                .extracting(PlanProposal.Proposed::kind)
                .contains(ActionKind.MENTORING, ActionKind.ROTATION, ActionKind.COACHING);
        assertThat(PlanProposal.propose(null, List.of()))
                .singleElement()
                .extracting(PlanProposal.Proposed::hours)
                .isEqualTo(DevelopmentRecords.YEARLY_JP);
    }
}
