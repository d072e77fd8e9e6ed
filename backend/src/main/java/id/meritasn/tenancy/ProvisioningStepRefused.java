package id.meritasn.tenancy;

import java.util.Objects;

/**
 * A provisioning step's outside system refused the agency for a reason the operator can act on (Keycloak already has
 * an organization of that name, or cannot be reached). Provisioning rolls everything back and returns it as a typed
 * problem of the field at fault instead of an internal error.
 */
public class ProvisioningStepRefused extends RuntimeException {

    private final String field;

    public ProvisioningStepRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Always given: the constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    public String field() {
        return field;
    }
}
