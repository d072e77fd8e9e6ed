package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class GuidelineTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_guideline_keeps_boxes_1_to_9_with_percentages_and_ignores_the_rest() {
        assertThat(Guideline.parse("{\"9\": 5, \"8\": 12.5, \"0\": 3, \"10\": 4, \"7\": \"x\", \"6\": 140}", json))
                .isEqualTo(Map.of(9, 5.0, 8, 12.5));
    }

    @Test
    void a_malformed_guideline_is_no_guideline() {
        assertThat(Guideline.parse("not json", json)).isEmpty();
        assertThat(Guideline.parse("[1, 2]", json)).isEmpty();
    }
}
