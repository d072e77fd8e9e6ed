package id.meritasn.assessment;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Parses an agency's distribution guideline: box (1-9) to the percent of mapped employees expected there. */
final class Guideline {

    private Guideline() {}

    /** Boxes outside 1-9 and values that are not numbers 0-100 are ignored; anything unreadable gives none. */
    static Map<Integer, Double> parse(String valueJson, ObjectMapper json) {
        Map<Integer, Double> guideline = new HashMap<>();
        try {
            JsonNode node = json.readTree(valueJson);
            node.properties().forEach(p -> {
                if (p.getKey().matches("[1-9]")
                        && p.getValue().isNumber()
                        && p.getValue().asDouble() >= 0
                        && p.getValue().asDouble() <= 100) {
                    guideline.put(Integer.valueOf(p.getKey()), p.getValue().asDouble());
                }
            });
        } catch (RuntimeException e) {
            return Map.of();
        }
        return guideline;
    }
}
