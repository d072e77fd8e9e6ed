package id.meritasn.tenancy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one entry of the local demo's data: after {@link TenantStartupTasks} provisioned the demo agencies, every
 * {@link DemoSeed} in its order. Off outside the demo profile; a platform serving agencies never runs a seed.
 */
@Component
@Order(1)
class DemoSeeds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeds.class);

    private final TenancyProperties properties;
    private final List<DemoSeed> seeds;

    DemoSeeds(TenancyProperties properties, List<DemoSeed> seeds) {
        this.properties = properties;
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seedDemoAgencies()) {
            return;
        }
        for (DemoSeed seed : seeds) {
            long start = System.nanoTime();
            seed.seed();
            log.info(
                    "Demo data: {} in {} ms",
                    AopUtils.getTargetClass(seed).getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
