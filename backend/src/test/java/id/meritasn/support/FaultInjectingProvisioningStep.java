package id.meritasn.support;

import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantProvisioningStep;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;

/**
 * Test-only provisioning steps. {@link Recording} runs first, writes into the new tenant schema (so there is something
 * to roll back) and records compensations, like a step with an outside effect (a Keycloak organization) would.
 * {@link Failing} runs next and fails for keys starting with {@code gagal_} ("failed"), as an outage would, and
 * refuses keys starting with {@code tolak_} ("refused") as Keycloak refuses a taken organization name.
 */
public final class FaultInjectingProvisioningStep {

    public static final String FAILING_PREFIX = "gagal_";
    /** Keys starting with this are refused by the step the way Keycloak refuses a taken organization name. */
    public static final String REFUSED_PREFIX = "tolak_";

    private FaultInjectingProvisioningStep() {}

    public static class Recording implements TenantProvisioningStep {
        public final List<String> compensated = new CopyOnWriteArrayList<>();

        @Override
        public void apply(Tenant tenant, DSLContext tenantDsl) {
            tenantDsl.execute("INSERT INTO tenant_policy (name, value) VALUES ('test.touched', 'true')");
        }

        @Override
        public void compensate(Tenant tenant) {
            compensated.add(tenant.key());
        }
    }

    public static class Failing implements TenantProvisioningStep {
        @Override
        public void apply(Tenant tenant, DSLContext tenantDsl) {
            if (tenant.key().startsWith(FAILING_PREFIX)) {
                throw new IllegalStateException("Injected failure while provisioning " + tenant.key());
            }
            if (tenant.key().startsWith(REFUSED_PREFIX)) {
                throw new id.meritasn.tenancy.ProvisioningStepRefused(
                        "displayName",
                        "Injected refusal: an organization" + " named '" + tenant.displayName() + "' exists already.");
            }
        }
    }
}
