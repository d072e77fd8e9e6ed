package id.meritasn.mobility;

import id.meritasn.mobility.MobilityTenantRepository.Reason;
import id.meritasn.shared.db.Shards;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.AgencyPolicyChanged;
import id.meritasn.tenancy.AgencyProfile;
import id.meritasn.tenancy.AgencyService;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import id.meritasn.tenancy.TenantProvisioningStep;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an agency takes part in mobility: policy {@value #POLICY}, false unless the agency sets it to true. The
 * indexer keeps its own view in {@code platform.mobility_agency}, updated in the transaction that sets the policy (or
 * provisions the agency): starting to take part queues a rebuild of the agency's entries; stopping removes them at once.
 */
@Service
class MobilityParticipation implements TenantProvisioningStep {

    static final String POLICY = "mobility.participates";

    private final TenantDatabase tenants;
    private final AgencyService agencies;
    private final MobilityIndexRepository index;
    private final MobilityTenantRepository outbox;

    MobilityParticipation(
            TenantDatabase tenants,
            AgencyService agencies,
            MobilityIndexRepository index,
            MobilityTenantRepository outbox) {
        this.tenants = tenants;
        this.agencies = agencies;
        this.index = index;
        this.outbox = outbox;
    }

    /** Mobility needs the platform schema in the agency's transactions: agencies on the default server only. */
    boolean onPlatformServer(String agency) {
        return Shards.DEFAULT.equals(tenants.shardOf(TenantId.of(agency)));
    }

    static boolean participates(List<AgencyProfile.AgencyPolicy> policies) {
        return policies.stream().anyMatch(p -> p.name().equals(POLICY) && takesPart(p.valueJson()));
    }

    /** The policy's JSON value says the agency takes part: only {@code true}; absent or anything else does not. */
    private static boolean takesPart(@Nullable String valueJson) {
        return valueJson != null && valueJson.trim().equals("true");
    }

    /** Reads the agency's policy as the agency's own process (callers need not be members). */
    boolean participates(String agency) {
        return participates(SystemActor.callForAgency(agency, () -> agencies.profile(agency))
                .policies());
    }

    /** Whether each of these agencies on the platform's server takes part, read in one statement. */
    Map<String, Boolean> participating(Collection<String> agencies) {
        Map<String, String> values =
                SystemActor.callAsPlatform(() -> this.agencies.policyOnPlatformServer(POLICY, agencies));
        Map<String, Boolean> participating = new TreeMap<>();
        for (String agency : agencies) {
            if (onPlatformServer(agency)) {
                participating.put(agency, takesPart(values.get(agency)));
            }
        }
        return participating;
    }

    /** Brings the indexer's view in line with the policy, in the caller's transaction; returns whether it changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean apply(String agency, boolean participates) {
        if (participates && !onPlatformServer(agency)) {
            throw new MobilityRefused(
                    MobilityRefused.Code.NOT_PARTICIPATING,
                    "Agency '" + agency + "' lives on"
                            + " database shard '" + tenants.shardOf(TenantId.of(agency))
                            + "'; cross-agency mobility (the"
                            + " national index and transfers) works only for agencies on the platform's own server ("
                            + Shards.DEFAULT + ").",
                    "valueJson");
        }
        var known = index.participating(agency);
        if (known.isPresent() && known.get() == participates) {
            return false;
        }
        index.setParticipating(agency, participates);
        if (participates) {
            DSLContext tenant = tenants.enter(agency);
            outbox.enqueue(tenant, null, Reason.REBUILD);
        } else {
            index.deleteAgency(agency);
        }
        return true;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AgencyPolicyChanged change) {
        String value = change.changed().get(POLICY);
        if (value != null) {
            apply(change.agency(), takesPart(value));
        }
    }

    /** A new agency's manifest may already say it takes part. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(Tenant tenant, DSLContext tenantDsl) {
        if (!Shards.DEFAULT.equals(tenant.shardId())) {
            return; // mobility needs the platform schema in the agency's transaction: same server only
        }
        apply(tenant.key(), participates(tenant.key()));
    }
}
