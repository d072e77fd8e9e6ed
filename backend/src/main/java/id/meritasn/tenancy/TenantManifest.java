package id.meritasn.tenancy;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An agency as code ({@code tenants/<key>.yaml}): who it is, its Keycloak organization alias, its policy overrides
 * and how many demo employees the local demo generates for it; {@code rubric} its own rubric from the start (the
 * assessment feature stores it as the agency's first version: {@code weights} by indicator).
 */
public record TenantManifest(
        String key,
        String displayName,
        TenantKind kind,
        String region,
        @Nullable String parent,
        String organization,
        Map<String, Object> policy,
        int demoEmployees,
        Map<String, Object> rubric) {

    ProvisionTenantCommand toCommand() {
        return new ProvisionTenantCommand(key, displayName, kind, region, parent, policy);
    }
}
