package id.meritasn.bench;

import id.meritasn.TestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The platform's API as a process of its own, for benchmarks that measure it from outside (HTTP load, RSS): the
 * backend over the given database, accepting tokens signed with the key in the given PEM file. Arguments are Spring
 * properties ({@code --server.port=...}); see {@link GraphQlLoadBenchmark}.
 */
public final class ServeMain {

    private ServeMain() {}

    public static void main(String[] args) {
        new SpringApplicationBuilder(TestApplication.class).run(args);
    }
}
