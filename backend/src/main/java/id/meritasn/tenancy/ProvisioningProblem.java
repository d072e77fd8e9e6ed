package id.meritasn.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * Why a provisioning request was refused, before anything was written.
 *
 * @param field   the input field at fault
 * @param keyRule the broken key rule, for {@link Code#KEY_RULE}
 */
public record ProvisioningProblem(
        Code code, String field, String message, @Nullable TenantKeyRule keyRule) {

    public enum Code {
        KEY_RULE,
        ALREADY_EXISTS,
        FIELD_INVALID,
        PARENT_NOT_FOUND,
        UNKNOWN_SHARD
    }

    static ProvisioningProblem of(TenantKeyViolation violation) {
        return new ProvisioningProblem(Code.KEY_RULE, "key", violation.message(), violation.rule());
    }

    static ProvisioningProblem field(Code code, String field, String message) {
        return new ProvisioningProblem(code, field, message, null);
    }
}
