package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which moves wait for a second member, checked on every pair of boxes against the printed map's layout. */
class CalibrationRuleTest {

    /** The map as PermenPANRB 3/2020 prints it: performance high at the top, potential high at the right. */
    static final int[][] PRINTED = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};

    static int[] where(int box) {
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                if (PRINTED[row][column] == box) {
                    return new int[] {row, column};
                }
            }
        }
        throw new AssertionError(box);
    }

    @Test
    void a_move_touching_boxes_7_to_9_or_jumping_a_row_or_column_needs_a_second_member_and_no_other() {
        int free = 0;
        for (int from = 1; from <= 9; from++) {
            for (int to = 1; to <= 9; to++) {
                if (from == to) {
                    continue;
                }
                int[] a = where(from);
                int[] b = where(to);
                boolean expected = from >= 7 || to >= 7 || Math.abs(a[0] - b[0]) > 1 || Math.abs(a[1] - b[1]) > 1;
                assertThat(CalibrationMoveService.needsSecondMember(from, to))
                        .as(from + " to " + to)
                        .isEqualTo(expected);
                free += expected ? 0 : 1;
            }
        }
        // among boxes 1-6 (rows: 4 | 2 5 | 1 3 6 below the group), the one-step neighbours move alone
        assertThat(free).isEqualTo(20);
        assertThat(CalibrationMoveService.needsSecondMember(5, 8)).isTrue();
        assertThat(CalibrationMoveService.needsSecondMember(9, 8)).isTrue();
        assertThat(CalibrationMoveService.needsSecondMember(5, 1)).isFalse();
        assertThat(CalibrationMoveService.needsSecondMember(1, 4)).isTrue();
    }

    @Test
    void the_distribution_counts_each_placed_employee_once_per_dimension_in_its_final_box() {
        var placed = java.util.List.of(
                new CalibrationBoardService.Placed(9, "Dinas A", "Golongan III", "PENGAWAS"),
                new CalibrationBoardService.Placed(5, "Dinas A", "Golongan IV", "PENGAWAS"),
                new CalibrationBoardService.Placed(1, "Dinas B", "Golongan III", "PELAKSANA"));
        var groups = CalibrationBoardService.distribution(placed);
        for (var dimension : CalibrationBoardService.Dimension.values()) {
            var inDimension =
                    groups.stream().filter(g -> g.dimension() == dimension).toList();
            assertThat(inDimension.stream()
                            .mapToInt(CalibrationBoardService.GroupDistribution::mapped)
                            .sum())
                    .isEqualTo(3);
            for (int box = 1; box <= 9; box++) {
                int b = box;
                long expected = placed.stream().filter(p -> p.box() == b).count();
                assertThat(inDimension.stream()
                                .mapToInt(g -> g.counts().get(b - 1))
                                .sum())
                        .isEqualTo((int) expected);
            }
        }
        var dinasA = groups.stream()
                .filter(g -> g.group().equals("Dinas A"))
                .findFirst()
                .orElseThrow();
        assertThat(dinasA.successionShare()).isEqualTo(50.0);
    }
}
