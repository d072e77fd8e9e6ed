package id.meritasn.mobility;

import id.meritasn.shared.checkpoint.Checkpoints.Gate;
import id.meritasn.support.ScriptedCheckpoints;
import org.springframework.context.ApplicationContext;

/**
 * Switches the mobility indexer's scheduled passes on and off in tests (held by default there, see
 * PlatformIntegrationTest), for test classes outside this package too.
 */
public final class MobilityIndexing {

    private MobilityIndexing() {}

    public static void enable(ApplicationContext context, boolean enabled) {
        ScriptedCheckpoints checkpoints = context.getBean(ScriptedCheckpoints.class);
        if (enabled) {
            checkpoints.open(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        } else {
            checkpoints.close(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        }
    }
}
