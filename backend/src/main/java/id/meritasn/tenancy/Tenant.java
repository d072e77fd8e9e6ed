package id.meritasn.tenancy;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/** A row of the tenant registry. */
public record Tenant(
        String key,
        String displayName,
        TenantKind kind,
        String region,
        @Nullable String parentKey,
        TenantStatus status,
        String schemaName,
        String schemaVersion,
        String shardId,
        OffsetDateTime createdAt) {

    public TenantId id() {
        return TenantId.of(key);
    }
}
