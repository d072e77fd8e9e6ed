package id.meritasn.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A stored competency result: the achieved level by competency name, and under {@link #ASSESSED_ON} the date it was
 * assessed (results expire; DOMAIN.md). Every reader of the levels goes through here so the date never reads as a
 * competency.
 */
final class CompetencyPayload {

    static final String ASSESSED_ON = "_assessedOn";

    private CompetencyPayload() {}

    static Map<String, Object> of(Map<String, Integer> levels, LocalDate assessedOn) {
        Map<String, Object> payload = new HashMap<>(levels);
        payload.put(ASSESSED_ON, assessedOn.toString());
        return payload;
    }

    static Map<String, Integer> levels(JsonNode stored) {
        Map<String, Integer> levels = new HashMap<>();
        stored.properties().forEach(p -> {
            if (!p.getKey().equals(ASSESSED_ON)) {
                levels.put(p.getKey(), p.getValue().asInt());
            }
        });
        return levels;
    }
}
