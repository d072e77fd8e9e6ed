package id.meritasn.tenancy;

import org.jspecify.annotations.NonNull;

/**
 * What anyone may know about an agency on the platform: public facts, no operational detail. The explicit
 * {@code @NonNull}s are for Hilla's TypeScript generator, which does not read the package's {@code @NullMarked}.
 */
public record AgencySummary(
        @NonNull String key,
        @NonNull String displayName,
        @NonNull TenantKind kind,
        @NonNull String region) {}
