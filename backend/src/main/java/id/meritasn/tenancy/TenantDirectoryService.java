package id.meritasn.tenancy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

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
}
