package id.meritasn.tenancy;

import java.util.Map;

/** Published inside the transaction that set agency policies: policy name to its new value as JSON. */
public record AgencyPolicyChanged(String agency, Map<String, String> changed) {

    public AgencyPolicyChanged {
        changed = Map.copyOf(changed);
    }
}
