package id.meritasn.national;

import id.meritasn.tenancy.TenantKind;

/**
 * One agency of a generated data set. {@code number} (1-999) is its place in the plan; it becomes the sequence digits
 * of its employees' NIPs, which keeps NIPs unique nationally.
 */
public record AgencyPlan(
        int number, String key, String name, TenantKind kind, String region, int employees, long seed) {}
