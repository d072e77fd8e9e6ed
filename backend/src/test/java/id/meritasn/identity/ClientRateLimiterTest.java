package id.meritasn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_client_bursts_up_to_its_limit_then_waits_for_the_refill_and_other_clients_are_unaffected() {
        MovableClock clock = new MovableClock();
        ClientRateLimiter limiter =
                new ClientRateLimiter(new IntegrationRateLimitProperties(true, 120, Map.of("kecil", 6)), clock);

        for (int i = 0; i < 6; i++) {
            assertThat(limiter.tryAcquire("kecil").allowed())
                    .as("request %d", i + 1)
                    .isTrue();
        }
        ClientRateLimiter.Decision refused = limiter.tryAcquire("kecil");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limitPerMinute()).isEqualTo(6);
        assertThat(refused.retryAfterSeconds()).isEqualTo(10); // 6 per minute: one every 10 s
        assertThat(limiter.tryAcquire("besar").allowed())
                .as("the default limit of another client")
                .isTrue();

        clock.now = clock.now.plus(Duration.ofSeconds(9));
        assertThat(limiter.tryAcquire("kecil").allowed()).isFalse();
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("kecil").allowed()).isTrue();
        assertThat(limiter.tryAcquire("kecil").allowed()).isFalse();

        clock.now = clock.now.plus(Duration.ofHours(1));
        assertThat(limiter.tryAcquire("kecil").remaining())
                .as("refilled to the limit, never beyond")
                .isEqualTo(5);
    }
}
