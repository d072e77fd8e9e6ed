package id.meritasn.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's assessment inputs, drawn as docs/demo-data.md describes (and as the benchmark's set-based generator,
 * AssessmentData, draws them in SQL), so a demo agency's map looks like an agency's and not like its generator's:
 * SKP about 10% Sangat Baik, 80% Baik, 10% below; achieved competency levels around the level each position
 * requires (most meet it or fall one short); potential scores peaking in the sixties.
 */
final class DemoInputs {

    /** Achieved minus required level: 5% two short, 35% one short, 45% as required, 15% one above. */
    private static final int[] OFFSETS = {-2, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1};

    private DemoInputs() {}

    static Map<String, String> skp(Random random) {
        return Map.of(
                "hasilKerja",
                pick(random, "SESUAI_EKSPEKTASI", 65, "DI_ATAS_EKSPEKTASI", 28, "DI_BAWAH_EKSPEKTASI"),
                "perilakuKerja",
                pick(random, "SESUAI_EKSPEKTASI", 62, "DI_ATAS_EKSPEKTASI", 35, "DI_BAWAH_EKSPEKTASI"));
    }

    /** An achieved level for every competency of the employee's position standard. */
    static Map<String, Integer> competencies(List<JobPersonMatch.Requirement> standard, Random random) {
        Map<String, Integer> levels = new HashMap<>();
        for (JobPersonMatch.Requirement r : standard) {
            levels.put(
                    r.competency(),
                    Math.max(1, Math.min(5, r.requiredLevel() + OFFSETS[random.nextInt(OFFSETS.length)])));
        }
        return levels;
    }

    /** 40 to 90, the sum of two uniform draws: most between 55 and 75, few at the ends. */
    static int potential(Random random) {
        return 40 + random.nextInt(26) + random.nextInt(26);
    }

    private static String pick(
            Random random, String first, int firstPercent, String second, int secondPercent, String rest) {
        int roll = random.nextInt(100);
        return roll < firstPercent ? first : roll < firstPercent + secondPercent ? second : rest;
    }
}
