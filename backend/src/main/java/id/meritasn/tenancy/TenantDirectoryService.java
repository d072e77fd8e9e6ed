package id.meritasn.tenancy;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public directory of active agencies: names, kinds and regions are public facts about government bodies. */
@Service
public class TenantDirectoryService {

    private final TenantRegistryRepository registry;

    TenantDirectoryService(TenantRegistryRepository registry) {
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<AgencySummary> activeAgencies() {
        return registry.activeSummaries();
    }

    /** The agency's public name, or its key if it is not active (suspended or gone): for texts that name it. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public String displayName(String key) {
        return registry.activeSummaries().stream()
                .filter(a -> a.key().equals(key))
                .map(AgencySummary::displayName)
                .findFirst()
                .orElse(key);
    }
}
