package id.meritasn.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param changelog           the tenant changelog on the classpath
 * @param upgradeOnStart      upgrade outdated tenant schemas when the application starts; on a fleet of instances
 *                            prefer a one-off upgrade job or the {@code upgradeTenantSchemas} mutation
 * @param seedDemoAgencies    provision the agencies of {@code tenants/*.yaml} that are missing (idempotent)
 */
@ConfigurationProperties("meritasn.tenancy")
record TenancyProperties(String changelog, boolean upgradeOnStart, boolean seedDemoAgencies) {

    TenancyProperties {
        if (changelog == null || changelog.isBlank()) {
            changelog = TenantChangelog.DEFAULT_PATH;
        }
    }
}
