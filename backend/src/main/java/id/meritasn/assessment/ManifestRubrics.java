package id.meritasn.assessment;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency manifest's own rubric ({@code rubric.weights}, e.g. Jakarta Pusat weighing community input) stored as
 * the agency's first version, in force from the start, once: after provisioning, before the demo assessments are
 * computed. A manifest that breaks a rubric rule stops the start with the rule it breaks.
 */
@Service
@Order(15)
class ManifestRubrics implements DemoSeed {

    static final String ACTOR = "manifest";
    private static final LocalDate FROM_THE_START = LocalDate.of(2020, 1, 1);

    private final TenantManifests manifests;
    private final TenantDatabase tenants;
    private final TransactionTemplate transactions;
    private final RubricRepository repository;

    ManifestRubrics(
            TenantManifests manifests,
            TenantDatabase tenants,
            TransactionTemplate transactions,
            RubricRepository repository) {
        this.manifests = manifests;
        this.tenants = tenants;
        this.transactions = transactions;
        this.repository = repository;
    }

    @Override
    public void seed() {
        for (TenantManifest manifest : manifests.load()) {
            if (!manifest.rubric().isEmpty()) {
                SystemActor.callForAgency(manifest.key(), () -> transactions.execute(s -> store(manifest)));
            }
        }
    }

    /** Stores the manifest's rubric unless the agency already has one from it; returns the version, or 0. */
    int store(TenantManifest manifest) {
        DSLContext tenant = tenants.enter(manifest.key());
        if (repository.rubricVersionBy(tenant, ACTOR)) {
            return 0;
        }
        RubricDraft draft = draft(manifest);
        Rubric rubric = draft.applyTo(Rubric.nationalDefault(), List.of(), FROM_THE_START)
                .orElseThrow(problems ->
                        new IllegalStateException("The rubric of manifest " + manifest.key() + " breaks: " + problems));
        return repository.saveRubric(tenant, rubric, FROM_THE_START, ACTOR);
    }

    @SuppressWarnings("unchecked")
    static RubricDraft draft(TenantManifest manifest) {
        List<RubricDraft.Weight> weights = new ArrayList<>();
        ((Map<String, Object>) manifest.rubric().getOrDefault("weights", Map.of()))
                .forEach((indicator, weight) ->
                        weights.add(new RubricDraft.Weight(indicator, ((Number) weight).intValue())));
        return new RubricDraft(FROM_THE_START, weights, List.of(), null, null, null, null, false, null, null, null);
    }
}
