package id.meritasn.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The six aspects of the talent card (DOMAIN.md) from the indicators they are made of: what the radar chart shows. */
public final class TalentAspects {

    /** One aspect with its score 0-100: the weighted average of its indicators' scaled scores. */
    public record Aspect(String name, double score) {}

    private static final Map<String, List<Indicator>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("Kinerja utama", List.of(Indicator.SKP));
        GROUPS.put(
                "Kinerja penguat",
                List.of(Indicator.AWARDS, Indicator.TEAM_ASSIGNMENTS, Indicator.FEEDBACK_360, Indicator.COMMUNITY));
        GROUPS.put(
                "Kompetensi",
                List.of(Indicator.COMPETENCY, Indicator.COMPETENCY_DEVELOPMENT, Indicator.POSITION_EXPERIENCE));
        GROUPS.put("Potensi", List.of(Indicator.POTENTIAL));
        GROUPS.put("Kualifikasi", List.of(Indicator.EDUCATION, Indicator.FIELD_FIT));
        GROUPS.put("Integritas", List.of(Indicator.DISCIPLINE, Indicator.LHKPN));
    }

    private TalentAspects() {}

    public static List<Aspect> of(List<ScoreEngine.IndicatorScore> explanation) {
        return GROUPS.entrySet().stream()
                .map(g -> {
                    var parts = explanation.stream()
                            .filter(s -> g.getValue().contains(s.indicator()) && s.weight() > 0)
                            .toList();
                    int weight = parts.stream()
                            .mapToInt(ScoreEngine.IndicatorScore::weight)
                            .sum();
                    double score = weight == 0
                            ? 0
                            : parts.stream()
                                    .map(s -> s.scaled().multiply(BigDecimal.valueOf(s.weight())))
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                                    .divide(BigDecimal.valueOf(weight), 2, RoundingMode.HALF_UP)
                                    .doubleValue();
                    return new Aspect(g.getKey(), score);
                })
                .toList();
    }
}
