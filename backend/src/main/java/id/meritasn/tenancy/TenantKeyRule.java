package id.meritasn.tenancy;

/** The rules a tenant key must follow; each violation names exactly one of them. */
public enum TenantKeyRule {
    LENGTH("must be 3 to 40 characters long"),
    CHARACTERS("may contain only lowercase letters a-z, digits and underscore"),
    FIRST_CHARACTER("must start with a lowercase letter"),
    RESERVED("is reserved for the platform");

    private final String description;

    TenantKeyRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
