package id.meritasn.mobility;

import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.OrganizationService;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local demo: each seed agency has asked for one talent of another agency that takes part in mobility, so the
 * requests page and the request letter of a fresh demo have a request to show. The request waits for the employee's
 * answer (nothing moves); it names a consenting employee of the sending agency (never the lowest NIP, whose consent the
 * demo employee gives in the browser) for a post of the asking agency at the employee's level where it has one. Runs
 * after the demo consents (DemoMobilitySeeder) and once per agency: an agency with any request is left as it is.
 */
@Service
@Order(26)
class DemoMobilityRequestSeeder implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoMobilityRequestSeeder.class);

    private final TenantManifests manifests;
    private final MobilityParticipation participation;
    private final MobilityIndexer indexer;
    private final MobilityIndexRepository index;
    private final MobilityTenantRepository consents;
    private final MobilityRequestService requests;
    private final OrganizationService organization;
    private final TenantDatabase tenants;
    private final TransactionTemplate transactions;

    DemoMobilityRequestSeeder(
            TenantManifests manifests,
            MobilityParticipation participation,
            MobilityIndexer indexer,
            MobilityIndexRepository index,
            MobilityTenantRepository consents,
            MobilityRequestService requests,
            OrganizationService organization,
            TenantDatabase tenants,
            TransactionTemplate transactions) {
        this.manifests = manifests;
        this.participation = participation;
        this.indexer = indexer;
        this.index = index;
        this.consents = consents;
        this.requests = requests;
        this.organization = organization;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    @Override
    public void seed() {
        List<String> agencies =
                manifests.withDemoEmployees().stream().map(TenantManifest::key).toList();
        List<String> senders =
                agencies.stream().filter(participation::participates).toList();
        for (int i = 0; i < agencies.size(); i++) {
            String agency = agencies.get(i);
            List<String> others =
                    senders.stream().filter(s -> !s.equals(agency)).toList();
            if (!others.isEmpty()) {
                seed(agency, others.get(i % others.size()));
            }
        }
    }

    /**
     * Agency {@code agency} asks {@code from} for its consenting employee in the highest box, unless it has asked
     * anyone before.
     */
    @Nullable
    MobilityRequest seed(String agency, String from) {
        String admin = agency + ".admin";
        if (SystemActor.callAsDemoAccount(
                        agency, admin, Roles.TENANT_ADMIN, () -> requests.agencyRequests(agency, null, 100))
                .stream()
                .anyMatch(r -> r.toAgency().equals(agency))) {
            return null;
        }
        TalentIndexEntry entry = null;
        // the background indexer may be building the sending agency's entries at this moment (its batch locked
        // from this drain): wait for them, up to a minute
        for (int attempt = 0; entry == null && attempt < 60; attempt++) {
            if (attempt > 0) {
                pause();
            }
            indexer.drain(from);
            entry = topConsenting(from);
        }
        if (entry == null) {
            log.warn("Demo mobility request of {}: nobody of {} is in the index yet; none seeded", agency, from);
            return null;
        }
        TalentIndexEntry asked = entry;
        return SystemActor.callAsDemoAccount(agency, admin, Roles.TENANT_ADMIN, () -> {
            List<Position> positions = organization.positions(agency, null);
            Position post = positions.stream()
                    .filter(p -> p.level().equals(asked.positionLevel()))
                    .findFirst()
                    .orElse(positions.getFirst());
            MobilityRequest request = requests.request(
                    agency,
                    from,
                    asked.nip(),
                    post.code(),
                    "Permintaan mutasi untuk" + " mengisi jabatan " + post.name() + " (data demo)",
                    admin);
            log.info("Demo mobility request of {}: {} of {} for {}", agency, asked.nip(), from, post.code());
            return request;
        });
    }

    /** The sending agency's consenting employee in the highest box, the youngest of those (NIPs begin with birth dates). */
    private @Nullable TalentIndexEntry topConsenting(String from) {
        List<String> consenting = SystemActor.callForAgency(
                from, () -> transactions.execute(s -> consents.allConsenting(tenants.enter(from))));
        return consenting == null
                ? null
                : consenting.stream()
                        .map(nip -> index.find(from, nip).orElse(null))
                        .filter(e -> e != null && e.box() != null)
                        .max(Comparator.comparing(TalentIndexEntry::box).thenComparing(TalentIndexEntry::nip))
                        .orElse(null);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the mobility index", e);
        }
    }
}
