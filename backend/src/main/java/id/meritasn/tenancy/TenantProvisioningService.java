package id.meritasn.tenancy;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.db.ShardTransactions;
import id.meritasn.shared.db.Shards;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Provisions an agency as one transaction: schema {@code t_<key>}, every tenant table, the registry row, the policy
 * overrides and the steps other features contribute (such as the Keycloak organization). If any of it fails nothing
 * remains, because PostgreSQL rolls the DDL back with the rest and outside effects are compensated.
 *
 * <p>An agency on another database shard than the platform schema takes two transactions: the registry row and the
 * audit entry on the default server, and inside it the schema, its changesets, the policies and the steps on the
 * agency's server (committed first). If the registry transaction then fails, the new schema is dropped again.
 */
@Service
public class TenantProvisioningService {

    private final TenantRegistryRepository registry;
    private final TenantPolicyRepository policies;
    private final TenantSchemaMigrator migrator;
    private final TenantDatabase tenants;
    private final DataSource dataSource;
    private final List<TenantProvisioningStep> steps;
    private final AuditLog audit;
    private final Shards shards;
    private final ShardTransactions shardTransactions;

    TenantProvisioningService(
            TenantRegistryRepository registry,
            TenantPolicyRepository policies,
            TenantSchemaMigrator migrator,
            TenantDatabase tenants,
            DataSource dataSource,
            List<TenantProvisioningStep> steps,
            AuditLog audit,
            Shards shards,
            ShardTransactions shardTransactions) {
        this.shards = shards;
        this.shardTransactions = shardTransactions;
        this.registry = registry;
        this.policies = policies;
        this.migrator = migrator;
        this.tenants = tenants;
        this.dataSource = dataSource;
        this.steps = steps;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    /** The tenant provisioned, or every reason it was refused (and then nothing was written). */
    public Outcome<Tenant, ProvisioningProblem> provision(ProvisionTenantCommand command, String actor) {
        List<ProvisioningProblem> problems = validate(command);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        TenantId id = TenantId.of(command.key());
        String shard = command.shardOrDefault();
        boolean otherServer = shardTransactions.needsOwnTransaction(shard);
        List<TenantProvisioningStep> applied = new ArrayList<>();
        boolean[] schemaCommitted = {false};
        Tenant[] registered = {null};
        tenants.provisioning(id, shard);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    applied.forEach(step -> step.committed(registered[0]));
                    return;
                }
                tenants.forget(id);
                applied.forEach(step -> step.compensate(registered[0]));
                if (schemaCommitted[0]) {
                    dropSchema(shard, id);
                }
            }
        });
        registry.insert(id, command, migrator.changelog().version());
        Tenant tenant = registry.find(id.key()).orElseThrow();
        registered[0] = tenant;
        try {
            shardTransactions.run(shard, "Agency '" + id.key() + "'", () -> {
                DSLContext tenantDsl = tenants.mapped(id);
                tenantDsl.createSchema(id.schemaName()).execute();
                migrator.migrate(DataSourceUtils.getConnection(dataSource), id);
                policies.write(tenantDsl, command.policy());
                for (TenantProvisioningStep step : steps) {
                    step.apply(tenant, tenantDsl);
                    applied.add(step);
                }
                return null;
            });
        } catch (ProvisioningStepRefused refused) {
            // everything written so far goes (the synchronization above compensates the steps that ran)
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Outcome.refused(List.of(ProvisioningProblem.field(
                    ProvisioningProblem.Code.FIELD_INVALID, refused.field(), refused.getMessage())));
        }
        schemaCommitted[0] = otherServer;
        audit.record(
                actor,
                "tenant.provisioned",
                id.key(),
                Map.of(
                        "displayName",
                        command.displayName(),
                        "kind",
                        command.kind().name(),
                        "schemaVersion",
                        tenant.schemaVersion(),
                        "shard",
                        shard));
        return Outcome.done(tenant);
    }

    /** Every problem at once, so an operator fixes the request in one go. */
    List<ProvisioningProblem> validate(ProvisionTenantCommand command) {
        List<ProvisioningProblem> problems = new ArrayList<>();
        TenantKeyRules.check(command.key()).forEach(v -> problems.add(ProvisioningProblem.of(v)));
        if (problems.isEmpty() && registry.exists(command.key())) {
            problems.add(ProvisioningProblem.field(
                    ProvisioningProblem.Code.ALREADY_EXISTS,
                    "key",
                    "An agency with key '" + command.key() + "' already exists; it was left unchanged."));
        }
        if (command.displayName().isBlank() || command.displayName().length() > 200) {
            problems.add(ProvisioningProblem.field(
                    ProvisioningProblem.Code.FIELD_INVALID,
                    "displayName",
                    "The display name must be 1 to 200 characters."));
        }
        if (command.region().isBlank() || command.region().length() > 100) {
            problems.add(ProvisioningProblem.field(
                    ProvisioningProblem.Code.FIELD_INVALID, "region", "The region must be 1 to 100 characters."));
        }
        if (command.parentKey() != null && !registry.exists(command.parentKey())) {
            problems.add(ProvisioningProblem.field(
                    ProvisioningProblem.Code.PARENT_NOT_FOUND,
                    "parentKey",
                    "The parent agency '" + command.parentKey() + "' is not registered."));
        }
        if (!shards.isKnown(command.shardOrDefault())) {
            problems.add(ProvisioningProblem.field(
                    ProvisioningProblem.Code.UNKNOWN_SHARD,
                    "shard",
                    "No database shard '" + command.shardOrDefault() + "' is configured (known: "
                            + String.join(", ", shards.names()) + "); nothing was created."));
        }
        command.policy().keySet().stream()
                .filter(name -> !name.matches("[a-zA-Z][a-zA-Z0-9_.]{0,99}"))
                .forEach(name -> problems.add(ProvisioningProblem.field(
                        ProvisioningProblem.Code.FIELD_INVALID,
                        "policy",
                        "Policy name '" + name
                                + "' must start with a letter and use only letters, digits, '_' and '.'.")));
        return problems;
    }

    /** A schema committed on another server whose registry transaction failed. */
    private void dropSchema(String shard, TenantId id) {
        try {
            shardTransactions.run(
                    shard,
                    "Dropping " + id.schemaName(),
                    () -> tenants.mapped(id)
                            .dropSchemaIfExists(id.schemaName())
                            .cascade()
                            .execute());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(TenantProvisioningService.class)
                    .error(
                            "Schema {} on shard {} stays without a registry row; drop it by hand",
                            id.schemaName(),
                            shard,
                            e);
        }
    }
}
