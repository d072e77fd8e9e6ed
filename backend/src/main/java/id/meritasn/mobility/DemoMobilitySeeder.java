package id.meritasn.mobility;

import id.meritasn.employee.EmployeeService;
import id.meritasn.mobility.MobilityTenantRepository.Reason;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local demo: in each seed agency one active employee in four (chosen by the NIP's hash, so the same people on
 * every start of the same demo data) has consented to the national talent index, so the mobility search of a fresh
 * demo has candidates to show. The agency's lowest NIP is left out: DemoEmployeeAccounts links the demo employee account
 * to it, and that employee gives consent in the browser. Runs after the demo assessments are published (their boxes
 * go into the entries) and once per agency: an agency where anyone has consented is left as it is.
 */
@Service
@Order(25)
class DemoMobilitySeeder implements DemoSeed {

    static final String ACTOR = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoMobilitySeeder.class);

    private final TenantManifests manifests;
    private final TenantDatabase tenants;
    private final TransactionTemplate transactions;
    private final MobilityTenantRepository repository;
    private final EmployeeService employees;

    DemoMobilitySeeder(
            TenantManifests manifests,
            TenantDatabase tenants,
            TransactionTemplate transactions,
            MobilityTenantRepository repository,
            EmployeeService employees) {
        this.manifests = manifests;
        this.tenants = tenants;
        this.transactions = transactions;
        this.repository = repository;
        this.employees = employees;
    }

    @Override
    public void seed() {
        for (TenantManifest manifest : manifests.withDemoEmployees()) {
            SystemActor.callForAgency(manifest.key(), () -> seed(manifest.key()));
        }
    }

    /** Consents one in four of the agency's active employees but the lowest NIP; returns how many consented now. */
    int seed(String agency) {
        List<String> active = employees.activeNips(agency); // in NIP order
        Integer consented = transactions.execute(status -> {
            DSLContext tenant = tenants.enter(agency);
            if (!repository.allConsenting(tenant).isEmpty()) {
                return 0;
            }
            List<String> chosen = active.stream()
                    .skip(1)
                    .filter(nip -> Math.floorMod(nip.hashCode(), 4) == 0)
                    .toList();
            List<String> given = repository.giveConsents(tenant, chosen, ACTOR);
            if (!given.isEmpty()) {
                repository.enqueue(tenant, null, Reason.REBUILD); // the indexer builds their entries from the records
            }
            return given.size();
        });
        int seeded = consented == null ? 0 : consented;
        if (seeded > 0) {
            log.info("Demo mobility consent for {}: {} of {} active employees", agency, seeded, active.size());
        }
        return seeded;
    }
}
