package id.meritasn.tenancy;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * What provisioning needs to know about a new agency.
 *
 * @param policy agency policy overrides (name to JSON-compatible value), written to the tenant's {@code tenant_policy}
 */
public record ProvisionTenantCommand(
        String key,
        String displayName,
        TenantKind kind,
        String region,
        @Nullable String parentKey,
        Map<String, Object> policy) {

    public ProvisionTenantCommand {
        policy = Map.copyOf(policy);
    }
}
