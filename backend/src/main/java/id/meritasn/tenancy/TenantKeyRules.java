package id.meritasn.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates tenant keys before they reach SQL. The key becomes part of a schema name ({@code t_<key>}) and a Keycloak
 * organization alias, so it is kept to a strict alphabet; every broken rule is reported, not just the first.
 */
public final class TenantKeyRules {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 40;

    /** Names that would collide with platform schemas, the jOOQ template schema or well-known paths. */
    static final Set<String> RESERVED = Set.of(
            "platform",
            "template",
            "public",
            "admin",
            "system",
            "api",
            "graphql",
            "keycloak",
            "postgres",
            "information_schema",
            "pg_catalog",
            "meritasn",
            "nasional",
            "national",
            "bkn");

    private TenantKeyRules() {}

    public static List<TenantKeyViolation> check(String key) {
        List<TenantKeyViolation> violations = new ArrayList<>();
        if (key.length() < MIN_LENGTH || key.length() > MAX_LENGTH) {
            violations.add(new TenantKeyViolation(key, TenantKeyRule.LENGTH));
        }
        if (!key.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            violations.add(new TenantKeyViolation(key, TenantKeyRule.CHARACTERS));
        }
        if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            violations.add(new TenantKeyViolation(key, TenantKeyRule.FIRST_CHARACTER));
        }
        if (RESERVED.contains(key) || key.startsWith("pg_")) {
            violations.add(new TenantKeyViolation(key, TenantKeyRule.RESERVED));
        }
        return violations;
    }
}
