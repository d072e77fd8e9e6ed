/**
 * Tenancy: one PostgreSQL schema per agency (instansi). The registry in schema {@code platform}, provisioning,
 * suspension, schema upgrades, and {@link id.meritasn.tenancy.TenantDatabase}, the only way features reach a tenant's
 * tables.
 */
@NullMarked
package id.meritasn.tenancy;

import org.jspecify.annotations.NullMarked;
