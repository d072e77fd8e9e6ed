package id.meritasn.tenancy;

import java.util.List;

/**
 * A tenant key that has passed {@link TenantKeyRules}. It travels explicitly through service calls (never through a
 * static holder), and it is the only source of a tenant schema name, so nothing unchecked reaches SQL as an identifier.
 */
public record TenantId(String key) {

    public TenantId {
        List<TenantKeyViolation> violations = TenantKeyRules.check(key);
        if (!violations.isEmpty()) {
            throw new InvalidTenantKeyException(violations);
        }
    }

    public static TenantId of(String key) {
        return new TenantId(key);
    }

    public String schemaName() {
        return "t_" + key;
    }

    @Override
    public String toString() {
        return key;
    }
}
