package id.meritasn.tenancy;

/** Kinds of agency (instansi); stored in lowercase as in the registry's CHECK constraint. */
public enum TenantKind {
    KOTA,
    KABUPATEN,
    PROVINSI,
    KEMENTERIAN,
    LEMBAGA;

    String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static TenantKind fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
