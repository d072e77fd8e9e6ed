package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.document.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TalentMapReportTest {

    static Map<String, Object> group(int box, int members) {
        return Rows.of(
                "box",
                box,
                "lines",
                IntStream.range(0, members).mapToObj(i -> box + "-" + i).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_appendix_splits_into_parts_of_bounded_size_keeping_every_line_once_in_order() {
        List<Map<String, Object>> groups = List.of(group(9, 2_500), group(8, 10), group(5, 1_990));

        var parts = TalentMapReport.parts(groups);

        assertThat(parts).hasSize(3);
        List<String> all = new ArrayList<>();
        for (var part : parts) {
            var inPart = (List<Map<String, Object>>) part.get("groups");
            int lines = inPart.stream()
                    .mapToInt(g -> ((List<String>) g.get("lines")).size())
                    .sum();
            assertThat(lines).isLessThanOrEqualTo(TalentMapReport.LINES_PER_PART);
            inPart.forEach(g -> all.addAll((List<String>) g.get("lines")));
        }
        List<String> expected = new ArrayList<>();
        groups.forEach(g -> expected.addAll((List<String>) g.get("lines")));
        assertThat(all).isEqualTo(expected);
        // box 9 goes on in the second part, marked as continued, with its whole count
        var second = (List<Map<String, Object>>) parts.get(1).get("groups");
        assertThat(second.getFirst())
                .containsEntry("box", 9)
                .containsEntry("continued", true)
                .containsEntry("count", 2_500);
        assertThat(TalentMapReport.parts(List.of())).isEmpty();
    }
}
