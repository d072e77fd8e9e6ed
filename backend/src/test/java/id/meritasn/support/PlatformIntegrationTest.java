package id.meritasn.support;

import id.meritasn.TestApplication;
import id.meritasn.shared.checkpoint.Checkpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole platform on a random port over a real PostgreSQL ({@link TestDatabase}),
 * accepting tokens minted by {@link Tokens}. Every subclass shares one Spring context.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(PlatformIntegrationTest.Faults.class)
public abstract class PlatformIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Faults {
        @Bean
        @Order(1)
        FaultInjectingProvisioningStep.Recording recordingProvisioningStep() {
            return new FaultInjectingProvisioningStep.Recording();
        }

        @Bean
        @Order(2)
        FaultInjectingProvisioningStep.Failing failingProvisioningStep() {
            return new FaultInjectingProvisioningStep.Failing();
        }

        /**
         * The agency clock starts at 2026-12-01 00:00 in Jakarta when the context starts and runs on from there, so
         * date rules ("a rubric takes effect today or later", evidence windows) meet the tests' fixed dates the same
         * way on any day the suite runs, while durations (rate limits, timeouts) still pass as they do.
         */
        @Bean
        @Primary
        Clock agencyClock() {
            ZoneId jakarta = ZoneId.of("Asia/Jakarta");
            Instant start = LocalDate.of(2026, 12, 1).atStartOfDay(jakarta).toInstant();
            return Clock.offset(Clock.system(jakarta), Duration.between(Instant.now(), start));
        }

        /**
         * The mobility indexer's passes would run between the statements tests count or compare: held here, opened
         * by the tests that need them (MobilityIndexing).
         */
        @Bean
        @Primary
        ScriptedCheckpoints scriptedCheckpoints() {
            return new ScriptedCheckpoints(EnumSet.allOf(Checkpoints.Gate.class));
        }

        @Bean
        QueryCounter queryCounter() {
            return new QueryCounter();
        }

        @Bean
        org.jooq.ExecuteListenerProvider queryCounterProvider(QueryCounter counter) {
            return new org.jooq.impl.DefaultExecuteListenerProvider(counter);
        }
    }

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        PlatformTestProperties.register(registry);
    }
}
