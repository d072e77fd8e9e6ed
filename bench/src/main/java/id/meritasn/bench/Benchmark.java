package id.meritasn.bench;

/** One named benchmark: measures and adds its figures to the report. */
public interface Benchmark {

    void run(BenchmarkReport report) throws Exception;
}
