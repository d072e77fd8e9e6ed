package id.meritasn.tenancy;

import id.meritasn.shared.error.ClassifiedException;

/** The tenant exists but is suspended: its data can be neither read nor written until it is resumed. */
public class TenantSuspendedException extends ClassifiedException {

    public TenantSuspendedException(String key) {
        super(
                Kind.FORBIDDEN,
                "Agency '" + key + "' is suspended; its data cannot be read or written until a platform"
                        + " admin resumes it.");
    }
}
