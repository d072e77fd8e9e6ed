package id.meritasn.tenancy;

import java.time.OffsetDateTime;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

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
