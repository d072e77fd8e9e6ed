package id.meritasn.tenancy;

import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * GraphQL type Agency: an agency as its own members see it, with its policy overrides. The {@code @NonNull}s are for
 * Hilla's TypeScript generator, which does not read the package's {@code @NullMarked}.
 */
public record AgencyProfile(
        @NonNull String key,
        @NonNull String displayName,
        @NonNull TenantKind kind,
        @NonNull String region,
        @NonNull List<@NonNull AgencyPolicy> policies) {

    public record AgencyPolicy(
            @NonNull String name, @NonNull String valueJson) {}
}
