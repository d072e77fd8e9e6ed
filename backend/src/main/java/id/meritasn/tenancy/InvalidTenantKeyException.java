package id.meritasn.tenancy;

import java.util.List;
import java.util.stream.Collectors;

/** A tenant key from outside (a header, an argument) broke a rule; GraphQL reports it as a bad request. */
public class InvalidTenantKeyException extends IllegalArgumentException {

    private final transient List<TenantKeyViolation> violations;

    InvalidTenantKeyException(List<TenantKeyViolation> violations) {
        super(violations.stream().map(TenantKeyViolation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<TenantKeyViolation> violations() {
        return violations;
    }
}
