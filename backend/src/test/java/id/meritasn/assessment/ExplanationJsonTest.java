package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The streaming writer must give the stored explanation text exactly as data binding did: digests depend on it. */
class ExplanationJsonTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void writes_what_data_binding_writes_for_a_scored_employee() {
        var explanation = ScoreEngine.score(ScoreEngineTest.complete(), Rubric.nationalDefault(), ScoreEngineTest.AS_OF)
                .explanation();

        assertThat(explanation).hasSizeGreaterThan(8);
        assertThat(ExplanationJson.write(json, explanation)).isEqualTo(json.writeValueAsString(explanation));
    }

    @Test
    void writes_what_data_binding_writes_for_awkward_text_and_numbers() {
        List<ScoreEngine.IndicatorScore> explanation = new ArrayList<>();
        String[] texts = {
            "", "kutip \" dan \\ garis miring", "tab\tbaris\nbaru\rCR", "kontrol \u0001\u001f", "é ü 𝄞 Ñ", "</script>"
        };
        String[] numbers = {"0.00", "100.00", "12.345", "1E+2", "-0.50", "0"};
        for (int i = 0; i < texts.length; i++) {
            explanation.add(new ScoreEngine.IndicatorScore(
                    Indicator.values()[i % Indicator.values().length],
                    texts[i],
                    new BigDecimal(numbers[i]),
                    i * 7,
                    new BigDecimal(numbers[numbers.length - 1 - i]),
                    texts[texts.length - 1 - i]));
        }

        assertThat(ExplanationJson.write(json, explanation)).isEqualTo(json.writeValueAsString(explanation));
        assertThat(ExplanationJson.write(json, List.of())).isEqualTo("[]");
    }
}
