package id.meritasn.bench;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The load of {@link GraphQlLoadBenchmark}: wrk POSTs one GraphQL query (rotating the given tokens and agencies, by
 * {@code /bench/graphql-load.lua}) after a warm-up, and its result line is parsed into a {@link Load}.
 */
final class Wrk {

    static final int SECONDS = Integer.getInteger("meritasn.bench.load-seconds", 30);
    static final int CONNECTIONS = Integer.getInteger("meritasn.bench.load-connections", 16);
    /** Seconds of load before each measured run (default a sixth of the run, at least 5). */
    static final int WARM_UP_SECONDS =
            Integer.getInteger("meritasn.bench.load-warm-up-seconds", Math.max(5, SECONDS / 6));

    private final ObjectMapper json = new ObjectMapper();

    /** One wrk run's figures. */
    record Load(long requests, double seconds, double p50Ms, double p99Ms, long failed) {
        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d req in %.0f s, p50 %.1f ms, p99 %.1f ms, %d failed",
                    requests,
                    seconds,
                    p50Ms,
                    p99Ms,
                    failed);
        }
    }

    Load load(String url, String query, List<String> tokens, List<String> agencies) throws Exception {
        return load(url, query, tokens, agencies, WARM_UP_SECONDS);
    }

    Load load(String url, String query, List<String> tokens, List<String> agencies, int warmUpSeconds)
            throws Exception {
        Path script = Files.createTempFile("meritasn-wrk", ".lua");
        StringBuilder lua = new StringBuilder("path = \"/graphql\"\nbody = ")
                .append(luaString(json.writeValueAsString(Map.of("query", query))))
                .append("\ntokens = {");
        tokens.forEach(t -> lua.append(luaString(t)).append(','));
        lua.append("}\nagencies = {");
        agencies.forEach(a -> lua.append(luaString(a)).append(','));
        lua.append("}\n");
        try (InputStream in = GraphQlLoadBenchmark.class.getResourceAsStream("/bench/graphql-load.lua")) {
            lua.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Files.writeString(script, lua);
        URI target = URI.create(url);
        String base = target.getScheme() + "://" + target.getHost() + ":" + target.getPort();
        LoadProcesses.run(List.of(
                "wrk",
                "-t1",
                "-c" + CONNECTIONS,
                "-d" + warmUpSeconds + "s",
                "--timeout",
                "30s",
                "-s",
                script.toString(),
                base)); // warm-up
        String out = LoadProcesses.run(List.of(
                "wrk",
                "-t1",
                "-c" + CONNECTIONS,
                "-d" + SECONDS + "s",
                "--timeout",
                "30s",
                "-s",
                script.toString(),
                base));
        Files.delete(script);
        String line = out.lines()
                .filter(l -> l.startsWith("{\"requests\""))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result: " + out));
        JsonNode r = json.readTree(line);
        Load load = new Load(
                r.path("requests").asLong(),
                r.path("duration_us").asLong() / 1e6,
                r.path("p50_us").asLong() / 1000.0,
                r.path("p99_us").asLong() / 1000.0,
                r.path("failed").asLong() + r.path("socket_errors").asLong());
        System.out.println("wrk " + url + " " + query.substring(0, Math.min(40, query.length())) + "...: " + load);
        if (load.failed() > load.requests() / 100) {
            throw new IllegalStateException("Over 1% of the requests failed: " + load);
        }
        return load;
    }

    private static String luaString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
