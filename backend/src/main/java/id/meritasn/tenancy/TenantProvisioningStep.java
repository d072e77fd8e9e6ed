package id.meritasn.tenancy;

import org.jooq.DSLContext;

/**
 * An extra step of provisioning contributed by another feature (for example the Keycloak organization of the
 * identity feature). {@link #apply} runs inside the provisioning transaction after the schema and registry row exist;
 * if it throws, everything rolls back. If the transaction rolls back after a step applied an outside effect,
 * {@link #compensate} undoes it.
 */
public interface TenantProvisioningStep {

    void apply(Tenant tenant, DSLContext tenantDsl);

    default void compensate(Tenant tenant) {}

    /** The provisioning transaction committed: forget what would have been compensated. */
    default void committed(Tenant tenant) {}
}
