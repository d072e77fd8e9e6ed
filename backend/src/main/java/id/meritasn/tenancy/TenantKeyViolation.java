package id.meritasn.tenancy;

/** One broken rule of a proposed tenant key, with a message an operator can act on. */
public record TenantKeyViolation(String key, TenantKeyRule rule) {

    public String message() {
        return "Tenant key '" + key + "' " + rule.description() + ".";
    }
}
