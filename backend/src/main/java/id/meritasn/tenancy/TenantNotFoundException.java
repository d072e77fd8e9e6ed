package id.meritasn.tenancy;

import id.meritasn.shared.error.ClassifiedException;

/** No tenant is registered under the key. */
public class TenantNotFoundException extends ClassifiedException {

    public TenantNotFoundException(String key) {
        super(Kind.NOT_FOUND, "No agency is registered with key '" + key + "'.");
    }
}
