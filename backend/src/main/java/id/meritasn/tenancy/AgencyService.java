package id.meritasn.tenancy;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.db.Shards;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.Roles;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * An agency's own view of itself and its policy overrides. Every method acts for one agency, and the caller must be a
 * member of it ({@code @tenantAccess.isMember}), besides holding the role; the agency key comes from the token.
 */
@Service
public class AgencyService {

    static final String MEMBER_ROLES = Access.IS_AGENCY_ROLE;

    private final TenantDatabase tenants;
    /** The platform schema's server, where the agencies of the default shard have their schemas too. */
    private final DSLContext platform;

    private final TenantRegistryRepository registry;
    private final TenantPolicyRepository policies;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    AgencyService(
            TenantDatabase tenants,
            DSLContext platform,
            TenantRegistryRepository registry,
            TenantPolicyRepository policies,
            AuditLog audit,
            ObjectMapper json,
            ApplicationEventPublisher events) {
        this.events = events;
        this.tenants = tenants;
        this.platform = platform;
        this.registry = registry;
        this.policies = policies;
        this.audit = audit;
        this.json = json;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@tenantAccess.isMember(#agencyKey) and " + MEMBER_ROLES)
    public AgencyProfile profile(String agencyKey) {
        return profile(TenantId.of(agencyKey), tenants.enter(agencyKey));
    }

    /**
     * One policy's value (JSON) for each of these agencies that lives on the platform's own server and overrides it, read
     * in one statement: for the platform's background work over all agencies (the mobility indexer re-reads its policy
     * every minute), where a profile per agency was two reads each, 1,200 for 600 agencies. Agencies on other shards
     * are not read (absent, as those without an override).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public Map<String, String> policyOnPlatformServer(String name, Collection<String> agencyKeys) {
        List<TenantId> onPlatform = agencyKeys.stream()
                .map(TenantId::of)
                .filter(id -> Shards.DEFAULT.equals(tenants.shardOf(id)))
                .toList();
        // The read locks every agency's policy table; DDL on an agency (dropping an incomplete one, an upgrade) takes
        // them in another order. It gives way after a short wait instead of waiting or deadlocking with it.
        platform.execute("SET LOCAL lock_timeout = '200ms'");
        return policies.readAcross(platform, onPlatform, name);
    }

    /** The agency's emblem on its documents' letterhead, a data URI (document/DocumentDownloads reads it). */
    public static final String EMBLEM = "document.emblem";

    static final int EMBLEM_LIMIT = 256 * 1024;

    /** Sets one policy; returns the problem with the input instead when there is one (then nothing is written). */
    @Transactional
    @PreAuthorize("@tenantAccess.isMember(#agencyKey) and " + Access.IS_TENANT_ADMIN)
    public PolicyChange setPolicy(String agencyKey, String name, String valueJson, String reason, String actor) {
        DSLContext tenant = tenants.enter(agencyKey);
        Optional<PolicyChange> refused = validate(name, valueJson, reason);
        if (refused.isPresent()) {
            return refused.get();
        }
        Object value = json.readValue(valueJson, Object.class);
        policies.write(tenant, Map.of(name, value));
        events.publishEvent(new AgencyPolicyChanged(agencyKey, Map.of(name, json.writeValueAsString(value))));
        audit.record(actor, "agency.policy-set", agencyKey, Map.of("name", name, "value", valueJson, "reason", reason));
        return new PolicyChange(profile(TenantId.of(agencyKey), tenant), null, null);
    }

    /** The profile after the change, or the problem and the input field it concerns. */
    public record PolicyChange(
            @Nullable AgencyProfile agency,
            @Nullable String problem,
            @Nullable String field) {

        static PolicyChange refused(String field, String problem) {
            return new PolicyChange(null, problem, field);
        }
    }

    private Optional<PolicyChange> validate(String name, String valueJson, String reason) {
        if (!name.matches("[a-zA-Z][a-zA-Z0-9_.]{0,99}")) {
            return Optional.of(PolicyChange.refused(
                    "name",
                    "Policy name '" + name + "' must start with a letter and use only letters, digits, '_' and '.'."));
        }
        if (reason.isBlank()) {
            return Optional.of(PolicyChange.refused("reason", "A reason is required."));
        }
        try {
            var value = json.readTree(valueJson);
            if (name.equals(EMBLEM)
                    && !(value.isString()
                            && value.asString().matches("data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+")
                            && value.asString().length() <= EMBLEM_LIMIT)) {
                return Optional.of(PolicyChange.refused(
                        "valueJson",
                        "The emblem is a PNG or JPEG as a data URI" + " (\"data:image/png;base64,...\") of at most "
                                + EMBLEM_LIMIT / 1024 + " KB."));
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.of(
                    PolicyChange.refused("valueJson", "valueJson is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    private AgencyProfile profile(TenantId id, DSLContext tenant) {
        Tenant registered = registry.find(id.key()).orElseThrow(() -> new TenantNotFoundException(id.key()));
        List<AgencyProfile.AgencyPolicy> list = policies.read(tenant).entrySet().stream()
                .map(e -> new AgencyProfile.AgencyPolicy(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(AgencyProfile.AgencyPolicy::name))
                .toList();
        return new AgencyProfile(
                registered.key(), registered.displayName(), registered.kind(), registered.region(), list);
    }
}
