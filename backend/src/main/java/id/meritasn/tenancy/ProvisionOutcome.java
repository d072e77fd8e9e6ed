package id.meritasn.tenancy;

import java.util.List;

/** Either the provisioned tenant, or every reason it was refused (and then nothing was written). */
public sealed interface ProvisionOutcome {

    record Provisioned(Tenant tenant) implements ProvisionOutcome {}

    record Refused(List<ProvisioningProblem> problems) implements ProvisionOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
