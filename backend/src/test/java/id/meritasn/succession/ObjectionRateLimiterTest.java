package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ObjectionRateLimiterTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2027-01-15T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
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
    void a_client_gets_two_objections_per_announcement_then_waits_for_the_refill() {
        MovingClock clock = new MovingClock();
        ObjectionRateLimiter limiter = new ObjectionRateLimiter(clock);

        assertThat(limiter.tryAcquire("10.0.0.1", "medan", 1)).isZero();
        assertThat(limiter.tryAcquire("10.0.0.1", "medan", 1)).isZero();
        long wait = limiter.tryAcquire("10.0.0.1", "medan", 1);
        assertThat(wait).isEqualTo(ObjectionRateLimiter.ANNOUNCEMENT_REFILL.toSeconds());
        assertThat(limiter.tryAcquire("10.0.0.2", "medan", 1))
                .as("another client")
                .isZero();

        clock.now = clock.now.plus(ObjectionRateLimiter.ANNOUNCEMENT_REFILL).minusSeconds(1);
        assertThat(limiter.tryAcquire("10.0.0.1", "medan", 1)).isEqualTo(1);
        clock.now = clock.now.plusSeconds(1);
        assertThat(limiter.tryAcquire("10.0.0.1", "medan", 1)).isZero();
    }

    @Test
    void a_client_gets_five_objections_per_agency_across_announcements_and_a_refused_try_costs_nothing() {
        MovingClock clock = new MovingClock();
        ObjectionRateLimiter limiter = new ObjectionRateLimiter(clock);

        for (int announcement = 1; announcement <= ObjectionRateLimiter.PER_CLIENT; announcement++) {
            assertThat(limiter.tryAcquire("10.0.0.1", "medan", announcement)).isZero();
        }
        assertThat(limiter.tryAcquire("10.0.0.1", "medan", 99))
                .isEqualTo(ObjectionRateLimiter.CLIENT_REFILL.toSeconds());
        assertThat(limiter.tryAcquire("10.0.0.1", "tangerang", 99))
                .as("another agency")
                .isZero();

        clock.now = clock.now.plus(Duration.ofMinutes(12));
        assertThat(limiter.tryAcquire("10.0.0.1", "medan", 99)).isZero();
        assertThat(limiter.tryAcquire("10.0.0.1", "medan", 100)).isPositive();
    }
}
