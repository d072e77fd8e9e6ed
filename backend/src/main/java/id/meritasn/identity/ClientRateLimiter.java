package id.meritasn.identity;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A token bucket per machine client: it holds the client's per-minute limit and refills continuously at that rate,
 * so a client may burst up to its limit and then gets one request per (60 s / limit). Buckets live in this instance:
 * behind a load balancer each instance allows the limit (a shared store would be needed for one fleet-wide limit).
 */
@Component
@EnableConfigurationProperties(IntegrationRateLimitProperties.class)
class ClientRateLimiter {

    /** Whether a request may go on; if not, how many whole seconds until one may. */
    record Decision(boolean allowed, int limitPerMinute, int remaining, long retryAfterSeconds) {}

    private final IntegrationRateLimitProperties properties;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(IntegrationRateLimitProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean enabled() {
        return properties.enabled();
    }

    Decision tryAcquire(String clientId) {
        int limit = properties.perMinute(clientId);
        return buckets.computeIfAbsent(clientId, id -> new Bucket(limit, clock.millis()))
                .tryAcquire(limit, clock.millis());
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(int limit, long now) {
            this.tokens = limit;
            this.updatedAt = now;
        }

        synchronized Decision tryAcquire(int limit, long now) {
            double perMilli = limit / 60_000.0;
            tokens = Math.min(limit, tokens + Math.max(0, now - updatedAt) * perMilli);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, limit, (int) Math.floor(tokens), 0);
            }
            long retryAfter = (long) Math.ceil((1 - tokens) / perMilli / 1000.0);
            return new Decision(false, limit, 0, Math.max(1, retryAfter));
        }
    }
}
