package id.meritasn.succession;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Token buckets for public objections, in memory: per client address and agency at most {@value #PER_CLIENT}
 * objections at once, one more every {@link #CLIENT_REFILL}; per client and announcement at most
 * {@value #PER_ANNOUNCEMENT}, one more every {@link #ANNOUNCEMENT_REFILL}. The limits hold per application instance (behind a load balancer with N instances a
 * client could reach N times as many); they are a brake on floods, not an identity check. The client address is the
 * request's remote address (behind a proxy, set {@code server.forward-headers-strategy} so it is the client's).
 */
@Component
class ObjectionRateLimiter {

    static final int PER_CLIENT = 5;
    static final Duration CLIENT_REFILL = Duration.ofMinutes(12);
    static final int PER_ANNOUNCEMENT = 2;
    static final Duration ANNOUNCEMENT_REFILL = Duration.ofHours(12);
    /** Above this many tracked keys, full buckets are dropped (they carry no state a fresh bucket lacks). */
    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    ObjectionRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes a token from both buckets, or none; returns 0 when allowed, else the seconds until a retry can succeed. */
    synchronized long tryAcquire(String client, String agency, long announcementId) {
        long now = clock.millis();
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        Bucket perClient =
                buckets.computeIfAbsent("c|" + client + "|" + agency, k -> new Bucket(PER_CLIENT, CLIENT_REFILL, now));
        Bucket perAnnouncement = buckets.computeIfAbsent(
                "a|" + client + "|" + agency + "|" + announcementId,
                k -> new Bucket(PER_ANNOUNCEMENT, ANNOUNCEMENT_REFILL, now));
        long wait = Math.max(perClient.waitMillis(now), perAnnouncement.waitMillis(now));
        if (wait > 0) {
            return Math.max(1, (wait + 999) / 1000);
        }
        perClient.take(now);
        perAnnouncement.take(now);
        return 0;
    }

    /** Credit is kept in milliseconds of refill time (a token is {@code refillMillis} of it): exact, no rounding. */
    private static final class Bucket {
        final long refillMillis;
        final long capacityMillis;
        long credit;
        long updated;

        Bucket(int capacity, Duration refill, long now) {
            this.refillMillis = refill.toMillis();
            this.capacityMillis = capacity * refillMillis;
            this.credit = capacityMillis;
            this.updated = now;
        }

        boolean full(long now) {
            return credit(now) >= capacityMillis;
        }

        long credit(long now) {
            return Math.min(capacityMillis, credit + (now - updated));
        }

        long waitMillis(long now) {
            return Math.max(0, refillMillis - credit(now));
        }

        void take(long now) {
            credit = credit(now) - refillMillis;
            updated = now;
        }
    }
}
