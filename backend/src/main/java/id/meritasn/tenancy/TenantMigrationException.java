package id.meritasn.tenancy;

/** A changeset failed on a tenant schema; the tenant's transaction is rolled back and the schema stays as it was. */
public class TenantMigrationException extends RuntimeException {

    TenantMigrationException(TenantId tenant, Throwable cause) {
        super("Migrating schema " + tenant.schemaName() + " failed: " + cause.getMessage(), cause);
    }
}
