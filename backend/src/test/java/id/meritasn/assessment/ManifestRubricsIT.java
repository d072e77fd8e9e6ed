package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantId;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import id.meritasn.tenancy.TenantProvisioningService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class ManifestRubricsIT extends PlatformIntegrationTest {

    @Autowired
    ManifestRubrics rubrics;

    @Autowired
    TenantManifests manifests;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantDatabase tenants;

    @Autowired
    RubricRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_seed_manifest_rubric_is_a_valid_rubric_and_jakarta_pusat_weighs_community_input() {
        for (TenantManifest manifest : manifests.load()) {
            assertThat(ManifestRubrics.draft(manifest)
                            .applyTo(Rubric.nationalDefault(), List.of(), LocalDate.of(2020, 1, 1))
                            .problems())
                    .as(manifest.key())
                    .isEmpty();
        }
        TenantManifest jakarta = manifests.load().stream()
                .filter(m -> m.key().equals("jakarta_pusat"))
                .findFirst()
                .orElseThrow();
        assertThat(ManifestRubrics.draft(jakarta)
                        .applyTo(Rubric.nationalDefault(), List.of(), LocalDate.of(2020, 1, 1))
                        .orElseThrow(problems -> new IllegalStateException(problems.toString()))
                        .weight(Indicator.COMMUNITY))
                .isPositive();
    }

    @Test
    void a_manifest_rubric_is_stored_once_as_the_first_version_and_a_broken_one_names_its_rule() {
        String key = UniqueKeys.next("mrub");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(key, "Instansi " + key, TenantKind.KOTA, "Bali", null, Map.of()), "test"));
        TenantManifest manifest = new TenantManifest(
                key,
                "Instansi",
                TenantKind.KOTA,
                "Bali",
                null,
                key,
                Map.of(),
                0,
                Map.of("weights", Map.of("FEEDBACK_360", 5, "COMMUNITY", 5)));

        assertThat(store(manifest)).isEqualTo(1);
        assertThat(store(manifest)).isZero();
        Rubric stored = SystemActor.callForAgency(
                key,
                () -> transactions.execute(s -> repository
                        .rubricInForce(tenants.enter(TenantId.of(key)), LocalDate.of(2025, 12, 31))
                        .rubric()));
        assertThat(stored.weight(Indicator.COMMUNITY)).isEqualTo(5);
        assertThat(stored.performance().model()).isEqualTo(Rubric.Performance.Model.SKP_PREDIKAT);

        TenantManifest broken = new TenantManifest(
                key,
                "Instansi",
                TenantKind.KOTA,
                "Bali",
                null,
                key,
                Map.of(),
                0,
                Map.of("weights", Map.of("COMMUNITY", 5)));
        assertThat(ManifestRubrics.draft(broken)
                        .applyTo(Rubric.nationalDefault(), List.of(), LocalDate.of(2020, 1, 1))
                        .problems())
                .extracting(RubricProblem::rule)
                .containsExactly("AXIS_SUM");
    }

    int store(TenantManifest manifest) {
        return SystemActor.callForAgency(manifest.key(), () -> transactions.execute(s -> rubrics.store(manifest)));
    }
}
