package id.meritasn.succession;

import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.succession.SuccessionRecords.TrainingNeed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The leadership training a managerial post expects of its holder (PP 11/2017 as amended by PP 17/2020; LAN's
 * Pelatihan Kepemimpinan): PKP for a Pengawas, PKA for an Administrator, PKN Tingkat II for a JPT Pratama, PKN
 * Tingkat I for a JPT Madya. The older Diklatpim IV to I count as their equivalents. Functional posts have no
 * leadership training; their competency gaps are in the JPM check.
 * <p>
 * Training names are free text in the records, so a training counts when its name contains the programme's name or
 * one of its abbreviations, case aside.
 */
final class LeadershipTraining {

    private record Programme(String name, List<String> names) {}

    private static final Map<String, Programme> BY_LEVEL = Map.of(
            "PENGAWAS",
                    new Programme(
                            "Pelatihan Kepemimpinan Pengawas (PKP)",
                            List.of("kepemimpinan pengawas", "pkp", "diklatpim iv", "diklatpim tingkat iv", "pim iv")),
            "ADMINISTRATOR",
                    new Programme(
                            "Pelatihan Kepemimpinan Administrator (PKA)",
                            List.of(
                                    "kepemimpinan administrator",
                                    "pka",
                                    "diklatpim iii",
                                    "diklatpim tingkat iii",
                                    "pim iii")),
            "JPT_PRATAMA",
                    new Programme(
                            "Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)",
                            List.of(
                                    "kepemimpinan nasional tingkat ii",
                                    "pkn ii",
                                    "pkn tingkat ii",
                                    "diklatpim ii",
                                    "diklatpim tingkat ii",
                                    "pim ii")),
            "JPT_MADYA",
                    new Programme(
                            "Pelatihan Kepemimpinan Nasional Tingkat I (PKN I)",
                            List.of(
                                    "kepemimpinan nasional tingkat i",
                                    "pkn i",
                                    "pkn tingkat i",
                                    "diklatpim i",
                                    "diklatpim tingkat i",
                                    "pim i")));

    private LeadershipTraining() {}

    /** The need of a post at {@code level} for someone with these trainings, or null when the post expects none. */
    static @Nullable TrainingNeed of(String level, List<TrainingEntry> trainings) {
        Programme programme = BY_LEVEL.get(level);
        if (programme == null) {
            return null;
        }
        return trainings.stream()
                .filter(t -> matches(programme, t.name()))
                .findFirst()
                .map(t -> new TrainingNeed(programme.name(), true, t.name() + " (" + t.completedOn() + ")"))
                .orElse(new TrainingNeed(programme.name(), false, null));
    }

    /** A whole-word match, so "pim i" does not count a "pim ii" and "pka" not a "pkap". */
    private static boolean matches(Programme programme, String name) {
        String text = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        return programme.names().stream().anyMatch(n -> text.contains(" " + n + " "));
    }
}
