package id.meritasn.tenancy;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/** A row of the tenant registry ({@code @NonNull}s are for Hilla's TypeScript generator). */
public record Tenant(
        @NonNull String key,
        @NonNull String displayName,
        @NonNull TenantKind kind,
        @NonNull String region,
        @Nullable String parentKey,
        @NonNull TenantStatus status,
        @NonNull String schemaName,
        @NonNull String schemaVersion,
        @NonNull String shardId,
        @NonNull OffsetDateTime createdAt) {

    public TenantId id() {
        return TenantId.of(key);
    }
}
