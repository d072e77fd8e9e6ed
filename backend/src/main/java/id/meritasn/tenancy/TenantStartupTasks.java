package id.meritasn.tenancy;

import id.meritasn.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Optional startup housekeeping: bring outdated tenant schemas up to date, then provision the demo agencies that are
 * missing. Both are idempotent, so a restart changes nothing.
 */
@Component
@Order(0)
class TenantStartupTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TenantStartupTasks.class);

    private final TenancyProperties properties;
    private final TenantSchemaUpgradeService upgrades;
    private final TenantProvisioningService provisioning;
    private final TenantLifecycleService lifecycle;
    private final TenantManifests manifests;

    TenantStartupTasks(
            TenancyProperties properties,
            TenantSchemaUpgradeService upgrades,
            TenantProvisioningService provisioning,
            TenantLifecycleService lifecycle,
            TenantManifests manifests) {
        this.properties = properties;
        this.upgrades = upgrades;
        this.provisioning = provisioning;
        this.lifecycle = lifecycle;
        this.manifests = manifests;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.upgradeOnStart()) {
            var report = SystemActor.callAsPlatform(() -> upgrades.upgrade(null, SystemActor.NAME));
            log.info(
                    "Tenant schema upgrade to {}: {} checked, {} upgraded, {} failed in {} ms",
                    report.targetVersion(),
                    report.tenantsChecked(),
                    report.upgraded().size(),
                    report.failed().size(),
                    report.millis());
        }
        if (properties.seedDemoAgencies()) {
            for (TenantManifest manifest : manifests.load()) {
                SystemActor.callAsPlatform(() -> seed(manifest));
            }
        }
    }

    private boolean seed(TenantManifest manifest) {
        if (lifecycle.find(manifest.key()).isPresent()) {
            return false;
        }
        provisioning
                .provision(manifest.toCommand(), SystemActor.NAME)
                .orElseThrow(problems ->
                        new IllegalStateException("Demo agency " + manifest.key() + " was refused: " + problems));
        log.info("Provisioned demo agency {} ({})", manifest.key(), manifest.displayName());
        return true;
    }
}
