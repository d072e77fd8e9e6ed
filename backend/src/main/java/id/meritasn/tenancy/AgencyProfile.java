package id.meritasn.tenancy;

import java.util.List;

/** GraphQL type Agency: an agency as its own members see it, with its policy overrides. */
public record AgencyProfile(String key, String displayName, TenantKind kind, String region, List<AgencyPolicy> policies) {

    public record AgencyPolicy(String name, String valueJson) {
    }
}
