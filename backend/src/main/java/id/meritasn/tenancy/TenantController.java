package id.meritasn.tenancy;

import id.meritasn.shared.graphql.FieldInvalid;
import id.meritasn.shared.graphql.GraphQlLimitsProperties;
import id.meritasn.shared.graphql.Pages;
import id.meritasn.tenancy.TenantGraphQlTypes.ChangeTenantStatusInput;
import id.meritasn.tenancy.TenantGraphQlTypes.ChangeTenantStatusPayload;
import id.meritasn.tenancy.TenantGraphQlTypes.ParentTenantNotFound;
import id.meritasn.tenancy.TenantGraphQlTypes.ProvisionTenantInput;
import id.meritasn.tenancy.TenantGraphQlTypes.ProvisionTenantPayload;
import id.meritasn.tenancy.TenantGraphQlTypes.ShardNotFound;
import id.meritasn.tenancy.TenantGraphQlTypes.TenantAlreadyExists;
import id.meritasn.tenancy.TenantGraphQlTypes.TenantKeyInvalid;
import id.meritasn.tenancy.TenantGraphQlTypes.TenantNotFound;
import id.meritasn.tenancy.TenantGraphQlTypes.TenantStatusUnchanged;
import id.meritasn.tenancy.TenantGraphQlTypes.TenantUpgradeFailure;
import id.meritasn.tenancy.TenantGraphQlTypes.UpgradeTenantSchemasInput;
import id.meritasn.tenancy.TenantGraphQlTypes.UpgradeTenantSchemasPayload;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** GraphQL type Tenant and the platform operations on agencies; authorization is on the services. */
@Controller
class TenantController {

    private final TenantLifecycleService lifecycle;
    private final TenantProvisioningService provisioning;
    private final TenantSchemaUpgradeService upgrades;
    private final GraphQlLimitsProperties limits;
    private final ObjectMapper json;

    TenantController(
            TenantLifecycleService lifecycle,
            TenantProvisioningService provisioning,
            TenantSchemaUpgradeService upgrades,
            GraphQlLimitsProperties limits,
            ObjectMapper json) {
        this.lifecycle = lifecycle;
        this.provisioning = provisioning;
        this.upgrades = upgrades;
        this.limits = limits;
        this.json = json;
    }

    @QueryMapping
    Window<Tenant> tenants(ScrollSubrange subrange, @Argument @Nullable TenantStatus status) {
        int size = Pages.size(subrange, 50, limits.maxPageSize());
        String after = (String) Pages.after(subrange, "key");
        return Pages.window(lifecycle.page(after, size + 1, status), size, "key", Tenant::key);
    }

    @QueryMapping
    @Nullable
    Tenant tenant(@Argument String key) {
        return lifecycle.find(key).orElse(null);
    }

    @MutationMapping
    ProvisionTenantPayload provisionTenant(@Argument ProvisionTenantInput input, Authentication caller) {
        Map<String, Object> policy;
        try {
            policy = input.policyJson() == null ? Map.of() : json.readValue(input.policyJson(), Map.class);
        } catch (JacksonException e) {
            return new ProvisionTenantPayload(
                    null,
                    List.of(new FieldInvalid(
                            "policyJson is not a JSON object: " + e.getOriginalMessage(), "policyJson")));
        }
        var outcome = provisioning.provision(
                new ProvisionTenantCommand(
                        input.key(),
                        input.displayName(),
                        input.kind(),
                        input.region(),
                        input.parentKey(),
                        policy,
                        input.shard()),
                caller.getName());
        return new ProvisionTenantPayload(
                outcome.valueOrNull(),
                outcome.problems().stream().map(p -> toError(p, input)).toList());
    }

    @MutationMapping
    ChangeTenantStatusPayload suspendTenant(@Argument ChangeTenantStatusInput input, Authentication caller) {
        return changeStatus(input, TenantStatus.SUSPENDED, caller);
    }

    @MutationMapping
    ChangeTenantStatusPayload resumeTenant(@Argument ChangeTenantStatusInput input, Authentication caller) {
        return changeStatus(input, TenantStatus.ACTIVE, caller);
    }

    @MutationMapping
    UpgradeTenantSchemasPayload upgradeTenantSchemas(@Argument UpgradeTenantSchemasInput input, Authentication caller) {
        var report = upgrades.upgrade(input.keys(), caller.getName());
        return new UpgradeTenantSchemasPayload(
                report.targetVersion(),
                report.tenantsChecked(),
                report.upgraded(),
                report.failed().entrySet().stream()
                        .map(e -> new TenantUpgradeFailure(e.getKey(), e.getValue()))
                        .toList(),
                report.millis());
    }

    private ChangeTenantStatusPayload changeStatus(
            ChangeTenantStatusInput input, TenantStatus status, Authentication caller) {
        if (input.reason().isBlank()) {
            return new ChangeTenantStatusPayload(null, List.of(new FieldInvalid("A reason is required.", "reason")));
        }
        var change = lifecycle.changeStatus(input.key(), status, input.reason(), caller.getName());
        if (change.problem() == null) {
            return new ChangeTenantStatusPayload(change.tenant(), List.of());
        }
        Object error = change.tenant() == null
                ? new TenantNotFound(change.problem(), input.key())
                : new TenantStatusUnchanged(change.problem(), input.key());
        return new ChangeTenantStatusPayload(change.tenant(), List.of(error));
    }

    private static Object toError(ProvisioningProblem problem, ProvisionTenantInput input) {
        return switch (problem.code()) {
            case KEY_RULE ->
                new TenantKeyInvalid(
                        problem.message(),
                        input.key(),
                        Objects.requireNonNull(problem.keyRule(), "a key rule problem names it"));
            case ALREADY_EXISTS -> new TenantAlreadyExists(problem.message(), input.key());
            case PARENT_NOT_FOUND -> new ParentTenantNotFound(problem.message(), String.valueOf(input.parentKey()));
            case FIELD_INVALID -> new FieldInvalid(problem.message(), problem.field());
            case UNKNOWN_SHARD -> new ShardNotFound(problem.message(), String.valueOf(input.shard()));
        };
    }
}
