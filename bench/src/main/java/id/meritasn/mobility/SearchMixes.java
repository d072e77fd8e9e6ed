package id.meritasn.mobility;

import id.meritasn.mobility.MobilityRecords.CompetencyMinimum;
import id.meritasn.mobility.MobilityRecords.SearchFilter;
import id.meritasn.mobility.MobilityRecords.Target;
import id.meritasn.national.Scale;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The search figures of {@link MobilityIndexBenchmark}: typical filter mixes through {@link MobilitySearchService},
 * each timed over warm-up and measured runs.
 */
final class SearchMixes {

    /** A p95 of 20 runs rests on the slowest one or two; 50 runs after 10 warm-up runs (JIT) vary less between runs. */
    static final int SEARCH_RUNS = Integer.getInteger("meritasn.bench.search-runs", 50);

    static final int SEARCH_WARM_UPS = Integer.getInteger("meritasn.bench.search-warm-ups", 10);

    private SearchMixes() {}

    /** Typical filter mixes, each run with other values so no single plan or cache decides the figure. */
    static Map<String, double[]> searches(ConfigurableApplicationContext context, String agency, String position) {
        MobilitySearchService search = context.getBean(MobilitySearchService.class);
        String[] regions = Scale.NATIONAL.plan(2026, "").stream()
                .map(a -> a.region())
                .distinct()
                .toArray(String[]::new);
        String[] names = {"Siregar", "Wijaya", "Dewi", "Hidayat", "Rahayu", "Putri", "Ginting", "Lubis"};
        Map<String, Function<Integer, SearchFilter>> mixes = new java.util.LinkedHashMap<>();
        mixes.put(
                "rank range and boxes 7-9",
                i -> filter(
                        i % 2 == 0 ? "III/a" : "III/c",
                        "IV/b",
                        List.of(),
                        List.of(7, 8, 9),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null));
        mixes.put(
                "kind of position, education S2 and a region",
                i -> filter(
                        null,
                        null,
                        List.of("FUNGSIONAL_KEAHLIAN"),
                        List.of(),
                        List.of(),
                        List.of("S2"),
                        List.of(regions[i % regions.length]),
                        null,
                        null));
        mixes.put(
                "willing to move to a region, box 8 or 9",
                i -> filter(
                        null,
                        null,
                        List.of(),
                        List.of(8, 9),
                        List.of(),
                        List.of(),
                        List.of(),
                        regions[i % regions.length],
                        null));
        mixes.put(
                "text on name",
                i -> filter(
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        names[i % names.length]));
        mixes.put(
                "minimum competency levels and a box",
                i -> filter(
                        null,
                        null,
                        List.of(),
                        List.of(8 + i % 2),
                        List.of(new CompetencyMinimum("integritas", 4), new CompetencyMinimum("kerja_sama", 3 + i % 2)),
                        List.of(),
                        List.of(),
                        null,
                        null));
        Map<String, double[]> timings = new java.util.LinkedHashMap<>();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken("bench", null, "ROLE_TENANT_ADMIN", "AGENCY_" + agency));
        try {
            for (Map.Entry<String, Function<Integer, SearchFilter>> mix : mixes.entrySet()) {
                timings.put(
                        mix.getKey(),
                        time(i -> search.search(agency, mix.getValue().apply(i), null, null, 21)));
            }
            timings.put(
                    "ranked by JPM against a JPT Pratama standard, rank IV/a or above",
                    time(i -> search.search(
                            agency,
                            filter("IV/a", null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null),
                            new Target(position, List.of()),
                            null,
                            21)));
            timings.put(
                    "ranked by JPM, boxes 7-9 in a region",
                    time(i -> search.search(
                            agency,
                            filter(
                                    null,
                                    null,
                                    List.of(),
                                    List.of(7, 8, 9),
                                    List.of(),
                                    List.of(),
                                    List.of(regions[i % regions.length]),
                                    null,
                                    null),
                            new Target(position, List.of()),
                            null,
                            21)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return timings;
    }

    private static SearchFilter filter(
            String rankMin,
            String rankMax,
            List<String> kinds,
            List<Integer> boxes,
            List<CompetencyMinimum> minimums,
            List<String> education,
            List<String> regions,
            String willing,
            String text) {
        return new SearchFilter(
                rankMin, rankMax, kinds, List.of(), boxes, minimums, education, null, regions, willing, text,
                List.of());
    }

    private static double[] time(Function<Integer, List<?>> search) {
        for (int i = 0; i < SEARCH_WARM_UPS; i++) {
            search.apply(1000 + i);
        }
        double[] ms = new double[SEARCH_RUNS];
        for (int i = 0; i < SEARCH_RUNS; i++) {
            long start = System.nanoTime();
            search.apply(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }
}
