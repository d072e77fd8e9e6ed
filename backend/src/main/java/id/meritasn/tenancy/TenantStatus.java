package id.meritasn.tenancy;

/** A suspended tenant keeps its data, but no API can read or write it until it is resumed. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED;

    String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static TenantStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
