package id.meritasn.tenancy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Inputs and payloads of the tenancy schema (graphql/tenancy.graphqls). Union members are resolved by simple class
 * name, so each record is named exactly like its GraphQL type.
 */
final class TenantGraphQlTypes {

    private TenantGraphQlTypes() {}

    record ProvisionTenantInput(
            String key,
            String displayName,
            TenantKind kind,
            String region,
            @Nullable String parentKey,
            @Nullable String policyJson,
            @Nullable String shard) {}

    record ChangeTenantStatusInput(String key, String reason) {}

    record UpgradeTenantSchemasInput(@Nullable List<String> keys) {}

    public record ProvisionTenantPayload(@Nullable Tenant tenant, List<Object> errors) {}

    public record ChangeTenantStatusPayload(@Nullable Tenant tenant, List<Object> errors) {}

    public record TenantKeyInvalid(String message, String key, TenantKeyRule rule) {}

    public record TenantAlreadyExists(String message, String key) {}

    public record ParentTenantNotFound(String message, String parentKey) {}

    public record ShardNotFound(String message, String shard) {}

    public record TenantNotFound(String message, String key) {}

    public record TenantStatusUnchanged(String message, String key) {}

    public record TenantUpgradeFailure(String key, String reason) {}

    public record UpgradeTenantSchemasPayload(
            String targetVersion,
            int tenantsChecked,
            List<String> upgraded,
            List<TenantUpgradeFailure> failed,
            long millis) {}
}
