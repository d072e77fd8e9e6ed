package id.meritasn.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs named benchmarks and writes their results file (ops/results/). Started by {@code ops/bench [name...]}; never by
 * the test suite. Each benchmark measures ours and its peer or limit in the same run.
 */
public final class BenchmarkMain {

    static final Map<String, Supplier<Benchmark>> BENCHMARKS = Map.of(
            "tenancy", TenancyBenchmark::new,
            "employee-import", id.meritasn.employee.EmployeeImportBenchmark::new,
            "talent-map", id.meritasn.assessment.TalentMapBenchmark::new,
            "documents", id.meritasn.assessment.TalentMapDocumentsBenchmark::new,
            "graphql-load", GraphQlLoadBenchmark::new,
            "mobility-index", id.meritasn.mobility.MobilityIndexBenchmark::new);

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--list")) {
            // ops/bench runs each benchmark in a JVM of its own, so one that ends releases everything it started
            BENCHMARKS.keySet().stream().sorted().forEach(System.out::println);
            System.exit(0);
        }
        Path resultsDir = Path.of(System.getProperty("meritasn.bench.results", "ops/results"));
        String command = System.getProperty("meritasn.bench.command", "ops/bench " + String.join(" ", args));
        List<String> names =
                args.length == 0 ? BENCHMARKS.keySet().stream().sorted().toList() : List.of(args);
        for (String name : names) {
            Supplier<Benchmark> benchmark = BENCHMARKS.get(name);
            if (benchmark == null) {
                throw new IllegalArgumentException("Unknown benchmark '" + name + "'; known: " + BENCHMARKS.keySet());
            }
            BenchmarkReport report = new BenchmarkReport(name, command);
            benchmark.get().run(report);
            if (report.isEmpty()) {
                continue;
            }
            Path file = report.write(resultsDir);
            System.out.println(report.render());
            System.out.println("Results written to " + file);
        }
        System.exit(0);
    }
}
