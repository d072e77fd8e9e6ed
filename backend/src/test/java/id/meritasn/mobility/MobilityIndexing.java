package id.meritasn.mobility;

import org.springframework.context.ApplicationContext;

/**
 * Switches the mobility indexer's scheduled passes on and off in tests (off by default there, see
 * PlatformTestProperties), for test classes outside this package too.
 */
public final class MobilityIndexing {

    private MobilityIndexing() {}

    public static void enable(ApplicationContext context, boolean enabled) {
        context.getBean(MobilityIndexer.class).enabled = enabled;
    }
}
