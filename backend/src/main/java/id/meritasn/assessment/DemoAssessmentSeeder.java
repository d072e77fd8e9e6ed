package id.meritasn.assessment;

import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.TenantDatabase;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local demo: after the demo employees exist, each seed agency gets period "Pemetaan 2025", computed, calibrated
 * and published (so succession, the talent pool, roadmaps and history have a published map to start from), and period
 * "Pemetaan 2026", open. Both have deterministic inputs (SKP mostly Baik, dated competency levels, potential, field fit,
 * "no sanction" declared, 360 answers from the raters assigned from the organisation) for every active employee; docs/demo-data.md says what is generated
 * and why. Runs once per agency and period.
 */
@Service
@Order(20)
public class DemoAssessmentSeeder implements DemoSeed {

    static final String PERIOD = "Pemetaan 2026";
    static final String PUBLISHED_PERIOD = "Pemetaan 2025";

    private static final Logger log = LoggerFactory.getLogger(DemoAssessmentSeeder.class);

    private final TenantManifests manifests;
    private final TenantDatabase tenants;
    private final TransactionTemplate transactions;
    private final AssessmentRepository repository;
    private final AssessmentService assessments;
    private final EmployeeService employees;
    private final CalibrationService calibration;
    private final FeedbackService feedback;
    private final FeedbackRaterRepository raters;
    private final CompletenessService completeness;
    private final CommunityFeedbackRepository community;
    private final RubricRepository rubrics;
    private final id.meritasn.employee.OrganizationService organization;

    DemoAssessmentSeeder(
            TenantManifests manifests,
            TenantDatabase tenants,
            TransactionTemplate transactions,
            AssessmentRepository repository,
            AssessmentService assessments,
            EmployeeService employees,
            CalibrationService calibration,
            FeedbackService feedback,
            FeedbackRaterRepository raters,
            CompletenessService completeness,
            CommunityFeedbackRepository community,
            id.meritasn.employee.OrganizationService organization,
            RubricRepository rubrics) {
        this.rubrics = rubrics;
        this.community = community;
        this.organization = organization;
        this.completeness = completeness;
        this.feedback = feedback;
        this.raters = raters;
        this.calibration = calibration;
        this.manifests = manifests;
        this.tenants = tenants;
        this.transactions = transactions;
        this.repository = repository;
        this.assessments = assessments;
        this.employees = employees;
    }

    @Override
    public void seed() {
        for (TenantManifest manifest : manifests.withDemoEmployees()) {
            seedAgency(manifest.key());
        }
    }

    /** Both demo periods of one agency (the earlier published, the later open), unless they exist. */
    void seedAgency(String agency) {
        SystemActor.callForAgency(agency, () -> {
            // the earlier period first: it is published, the later one stays open for entry and calibration
            Long published = seed(agency, PUBLISHED_PERIOD, LocalDate.of(2025, 12, 31), 2025);
            if (published != null) {
                completeness.declareAll(agency, published, "system");
                calibration.startCalibration(agency, published);
                calibration.closeCalibration(agency, published);
                calibration.publish(agency, published);
            }
            seed(agency, PERIOD, LocalDate.of(2026, 12, 31), 0);
            return null;
        });
    }

    /**
     * A further open period with the demo's kind of inputs for every active employee, computed: an end-to-end test
     * runs a whole cycle on it without touching the demo's own periods. Runs as the agency's system actor.
     */
    public long seedPeriod(String agency, String name, LocalDate asOf, int salt) {
        Long id = SystemActor.callForAgency(agency, () -> seed(agency, name, asOf, salt));
        if (id == null) {
            throw new IllegalArgumentException("Agency " + agency + " has a period named '" + name + "' already.");
        }
        return id;
    }

    /** Creates and computes the period unless it exists; returns its id when it was created now. */
    private @org.jspecify.annotations.Nullable Long seed(String agency, String name, LocalDate asOf, int salt) {
        Long periodId = transactions.execute(s -> {
            DSLContext tenant = tenants.enter(agency);
            if (repository.periodNameTaken(tenant, name)) {
                return null;
            }
            long id = repository.createPeriod(tenant, name, asOf);
            Random random = new Random(agency.hashCode() + salt);
            List<String> nips = employees.activeNips(agency);
            Map<String, List<JobPersonMatch.Requirement>> standards = standards(agency, nips);
            for (String nip : nips) {
                repository.saveInputIfChanged(
                        tenant,
                        id,
                        nip,
                        "SKP",
                        DemoInputs.skp(random),
                        "e-Kinerja " + asOf.getYear() + " (data demo)",
                        "system");
                // assessed within the last three years, except one in fifty whose result has expired (shown as such)
                LocalDate assessedOn = random.nextInt(50) == 0
                        ? asOf.minusYears(3).minusMonths(1 + random.nextInt(12))
                        : asOf.minusMonths(1 + random.nextInt(30));
                repository.saveInputIfChanged(
                        tenant,
                        id,
                        nip,
                        "COMPETENCY",
                        CompetencyPayload.of(
                                DemoInputs.competencies(standards.getOrDefault(nip, List.of()), random), assessedOn),
                        "Laporan asesmen kompetensi " + assessedOn.getYear() + " (data demo)",
                        "system");
                repository.saveInputIfChanged(
                        tenant,
                        id,
                        nip,
                        "POTENTIAL",
                        Map.of("score", String.valueOf(DemoInputs.potential(random))),
                        "Profiling ASN (data demo)",
                        "system");
                repository.saveInputIfChanged(
                        tenant,
                        id,
                        nip,
                        "FIELD_FIT",
                        Map.of("fits", random.nextInt(5) > 0),
                        "Ijazah (data demo)",
                        "system");
                repository.saveInputIfChanged(
                        tenant,
                        id,
                        nip,
                        "DISCIPLINE",
                        Map.of("noSanction", true),
                        "Surat pernyataan tidak sedang menjalani hukuman disiplin (data demo)",
                        "system");
            }
            // the 360 as an agency runs it: raters assigned from the organisation, each assigned rater answering
            feedback.assignRaters(agency, id, "system");
            raters.demoAnswers(tenant, agency, id);
            // where the agency's rubric weighs community input (Jakarta Pusat), its service app's approved answers
            if (rubrics.rubricInForce(tenant, asOf).rubric().weight(Indicator.COMMUNITY) > 0) {
                community.demoApproved(tenant, id);
            }
            return id;
        });
        if (periodId != null) {
            long start = System.nanoTime();
            int computed = assessments
                    .computePeriod(agency, periodId)
                    .orElseThrow(problems -> new IllegalStateException(
                            "Demo assessment " + name + " of " + agency + " was not computed: " + problems));
            log.info(
                    "Demo assessment {} for {}: {} results in {} ms",
                    name,
                    agency,
                    computed,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return periodId;
    }

    /** Each employee's position standard, as the score engine will match it. */
    private Map<String, List<JobPersonMatch.Requirement>> standards(String agency, List<String> nips) {
        Map<Long, List<JobPersonMatch.Requirement>> byPosition = new java.util.HashMap<>();
        List<id.meritasn.employee.EmployeeRecords.Placement> placements = employees.placements(agency, nips);
        organization
                .standards(
                        agency,
                        placements.stream()
                                .map(id.meritasn.employee.EmployeeRecords.Placement::positionId)
                                .filter(java.util.Objects::nonNull)
                                .distinct()
                                .toList())
                .forEach((position, standard) -> byPosition.put(
                        position,
                        standard.stream()
                                .map(r -> new JobPersonMatch.Requirement(r.competency(), r.requiredLevel()))
                                .toList()));
        Map<String, List<JobPersonMatch.Requirement>> byNip = new java.util.HashMap<>();
        placements.forEach(p -> byNip.put(
                p.nip(), p.positionId() == null ? List.of() : byPosition.getOrDefault(p.positionId(), List.of())));
        return byNip;
    }
}
