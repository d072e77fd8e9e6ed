package id.meritasn.assessment;

import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes an explanation as JSON through Jackson's streaming generator, byte for byte what
 * {@code ObjectMapper.writeValueAsString(explanation)} writes (ExplanationJsonTest compares them): a full recompute
 * writes one per employee, and the data-binding layer around the same generator calls was half of that cost. The text
 * is stored and digested, so its form must not drift: a different text would make every result look changed.
 */
final class ExplanationJson {

    private ExplanationJson() {}

    static String write(ObjectMapper json, List<ScoreEngine.IndicatorScore> explanation) {
        StringWriter out = new StringWriter(explanation.size() * 160);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            for (ScoreEngine.IndicatorScore s : explanation) {
                g.writeStartObject();
                g.writeStringProperty("indicator", s.indicator().name());
                g.writeStringProperty("raw", s.raw());
                g.writeNumberProperty("scaled", s.scaled());
                g.writeNumberProperty("weight", s.weight());
                g.writeNumberProperty("contribution", s.contribution());
                g.writeStringProperty("evidence", s.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return out.toString();
    }
}
