package id.meritasn.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mixed load of GraphQL writes (saveUnit with a fresh code each) and reads (unitTree) against one agency, keeping
 * every write the API acknowledged and sorting every other answer: a classified outage (503, Retry-After,
 * UNAVAILABLE), a gateway error (502/504 from a load balancer whose upstream died), a refused connection, or anything
 * else, which is a defect. Used by DatabaseCrashIT and ops/faults.
 */
public final class MixedLoad implements AutoCloseable {

    public record Answer(int status, HttpHeaders headers, JsonNode body) {
        public boolean isClassifiedOutage() {
            return status == 503
                    && headers.firstValue("Retry-After").isPresent()
                    && "UNAVAILABLE"
                            .equals(body.path("errors")
                                    .path(0)
                                    .path("extensions")
                                    .path("classification")
                                    .asString());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<URI> endpoints;
    /** Replaced when the issuer's keys change (a Keycloak restarted with a fresh realm). */
    private volatile String token;

    private final Map<String, Long> acknowledgedAt = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<Long> acknowledgements = new ConcurrentSkipListSet<>();
    private final AtomicInteger outageAnswers = new AtomicInteger();
    private final AtomicInteger gatewayErrors = new AtomicInteger();
    private final AtomicInteger refusedConnections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> otherFailures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final ExecutorService clients;

    private MixedLoad(List<URI> endpoints, String token, int writers, int readers) {
        this.endpoints = endpoints;
        this.token = token;
        this.clients = Executors.newFixedThreadPool(writers + readers);
        for (int i = 0; i < writers + readers; i++) {
            boolean writer = i < writers;
            clients.submit(() -> {
                while (running.get()) {
                    step(writer);
                }
                return null;
            });
        }
    }

    /** Starts the clients at once; each sends its next request as soon as the last one was answered. */
    public static MixedLoad start(List<URI> graphQlEndpoints, String token, int writers, int readers) {
        return new MixedLoad(graphQlEndpoints, token, writers, readers);
    }

    /** Sends the next requests with another token. */
    public void token(String replacement) {
        this.token = replacement;
    }

    private void step(boolean writer) {
        int n = sequence.incrementAndGet();
        String code = "W" + n;
        String query = writer
                ? "mutation { saveUnit(input: {code: \"" + code + "\", name: \"Unit " + code
                        + "\"}) { unit { code } errors { message } } }"
                : "{ unitTree { code } }";
        Answer answer;
        try {
            answer = post(endpoints.get(n % endpoints.size()), token, query);
        } catch (IOException refused) {
            refusedConnections.incrementAndGet();
            pause();
            return;
        }
        requests.incrementAndGet();
        if (answer.status() == 200 && answer.body().path("errors").isMissingNode()) {
            if (writer
                    && code.equals(answer.body()
                            .path("data")
                            .path("saveUnit")
                            .path("unit")
                            .path("code")
                            .asString())) {
                long now = System.nanoTime();
                acknowledgedAt.put(code, now);
                acknowledgements.add(now);
            }
        } else if (answer.isClassifiedOutage()) {
            outageAnswers.incrementAndGet();
            pause();
        } else if (answer.status() == 502 || answer.status() == 504) {
            gatewayErrors.incrementAndGet();
            pause();
        } else {
            otherFailures.add(answer.status() + " " + answer.body());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One GraphQL call; a refused or broken connection is an IOException. */
    public static Answer post(URI endpoint, String bearer, String query) throws IOException {
        return post(endpoint, bearer, query, Map.of());
    }

    public static Answer post(URI endpoint, String bearer, String query, Map<String, Object> variables)
            throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (RuntimeException notJson) { // a load balancer's own error page
                body = JSON.createObjectNode().put("text", response.body());
            }
            return new Answer(response.statusCode(), response.headers(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public Set<String> acknowledged() {
        return Set.copyOf(acknowledgedAt.keySet());
    }

    public int outageAnswers() {
        return outageAnswers.get();
    }

    public int gatewayErrors() {
        return gatewayErrors.get();
    }

    public int refusedConnections() {
        return refusedConnections.get();
    }

    public int requests() {
        return requests.get();
    }

    public List<String> otherFailures() {
        return List.copyOf(otherFailures);
    }

    /** Nanoseconds (System.nanoTime) of the first write acknowledged after {@code since}, or -1. */
    public long firstAcknowledgedAfter(long since) {
        Long first = acknowledgements.ceiling(since);
        return first == null ? -1 : first;
    }

    public static void waitUntil(BooleanSupplier condition, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not within " + limit.toSeconds() + " s: " + what);
            }
            pause();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
    }
}
