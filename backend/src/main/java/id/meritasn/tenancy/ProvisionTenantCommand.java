package id.meritasn.tenancy;

import id.meritasn.shared.db.Shards;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What provisioning needs to know about a new agency.
 *
 * @param policy agency policy overrides (name to JSON-compatible value), written to the tenant's {@code tenant_policy}
 * @param shard  the database shard (PostgreSQL server) the agency lives on; {@code null} for the default one
 */
public record ProvisionTenantCommand(
        String key,
        String displayName,
        TenantKind kind,
        String region,
        @Nullable String parentKey,
        Map<String, Object> policy,
        @Nullable String shard) {

    public ProvisionTenantCommand {
        policy = Map.copyOf(policy);
    }

    /** An agency on the default shard. */
    public ProvisionTenantCommand(
            String key,
            String displayName,
            TenantKind kind,
            String region,
            @Nullable String parentKey,
            Map<String, Object> policy) {
        this(key, displayName, kind, region, parentKey, policy, null);
    }

    /** The shard, the default one when none was named. */
    public String shardOrDefault() {
        return shard == null || shard.isBlank() ? Shards.DEFAULT : shard;
    }
}
