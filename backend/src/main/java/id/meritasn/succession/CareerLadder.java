package id.meritasn.succession;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves between position levels a career can make, structural and functional (UU 20/2023; PermenPANRB 1/2023 on
 * functional posts): a Pelaksana may rise to Pengawas or enter a functional post (Ahli Pertama with a degree, Terampil);
 * structural posts rise one level at a time; a functional post rises within its track or crosses to the structural
 * post of the next rank. Ranks of different tracks are not comparable one to one (a Pelaksana is rank 1, a Pengawas
 * rank 5), so "one level up" is this table, not the rank order.
 */
final class CareerLadder {

    private static final Map<String, List<String>> NEXT = Map.ofEntries(
            Map.entry("PELAKSANA", List.of("PENGAWAS", "AHLI_PERTAMA", "TERAMPIL")),
            Map.entry("PEMULA", List.of("TERAMPIL")),
            Map.entry("TERAMPIL", List.of("MAHIR")),
            Map.entry("MAHIR", List.of("PENYELIA")),
            Map.entry("PENYELIA", List.of("AHLI_PERTAMA")),
            Map.entry("AHLI_PERTAMA", List.of("AHLI_MUDA", "PENGAWAS")),
            Map.entry("AHLI_MUDA", List.of("AHLI_MADYA", "ADMINISTRATOR")),
            Map.entry("AHLI_MADYA", List.of("AHLI_UTAMA", "JPT_PRATAMA")),
            Map.entry("PENGAWAS", List.of("ADMINISTRATOR", "AHLI_MUDA")),
            Map.entry("ADMINISTRATOR", List.of("JPT_PRATAMA", "AHLI_MADYA")),
            Map.entry("JPT_PRATAMA", List.of("JPT_MADYA")),
            Map.entry("JPT_MADYA", List.of("JPT_UTAMA")));

    private CareerLadder() {}

    static List<String> next(String level) {
        return NEXT.getOrDefault(level, List.of());
    }

    /**
     * The levels reachable in exactly {@code step} moves (1 = the next level) and not earlier, nor the level itself:
     * a path of two or three steps never offers a level it already offered nearer.
     */
    static Set<String> atStep(String level, int step) {
        Set<String> seen = new LinkedHashSet<>(List.of(level));
        Set<String> frontier = Set.of(level);
        for (int s = 1; s <= step; s++) {
            Set<String> reached = new LinkedHashSet<>();
            frontier.forEach(
                    l -> next(l).stream().filter(n -> !seen.contains(n)).forEach(reached::add));
            seen.addAll(reached);
            frontier = reached;
        }
        return frontier;
    }
}
