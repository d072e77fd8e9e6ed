package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.RubricVersion;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.ReferenceData.EducationLevel;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's rubric versions: the one in force on a date, a new version built from the one in force (never from
 * the national default), and, before saving, what the new version would do to the map: the boxes the agency's
 * employees would get under it beside those under the version in force.
 */
@Service
public class RubricService {

    private final TenantDatabase tenants;
    private final AssessmentRepository repository;
    private final RubricRepository rubrics;
    private final AssessmentInputsLoader loader;
    private final EmployeeService employees;
    private final ReferenceDataService referenceData;
    private final Clock clock;
    private final int chunkSize;

    RubricService(
            TenantDatabase tenants,
            AssessmentRepository repository,
            RubricRepository rubrics,
            AssessmentInputsLoader loader,
            EmployeeService employees,
            ReferenceDataService referenceData,
            Clock clock,
            @Value("${meritasn.assessment.compute-chunk:5000}") int chunkSize) {
        this.tenants = tenants;
        this.repository = repository;
        this.rubrics = rubrics;
        this.loader = loader;
        this.employees = employees;
        this.referenceData = referenceData;
        this.clock = clock;
        this.chunkSize = Math.max(1, chunkSize);
    }

    /** How many employees a box holds under the version in force and under the draft. */
    public record BoxShift(int box, int inForce, int proposed) {}

    /**
     * The draft's consequences for the employees of a period: boxes 1-9 under both versions (computed boxes, before
     * any calibration), how many stay not mapped under each, and how many change box. With problems, no counts.
     */
    public record Preview(
            long periodId,
            int inForceVersion,
            int employees,
            List<BoxShift> boxes,
            int notMappedInForce,
            int notMappedProposed,
            int changed,
            List<RubricProblem> problems) {}

    /** The agency's clock's today: the day a new version may take effect at the earliest. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rubric in force on a date (today when null): the agency's latest version effective by then, else the national default. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.READ)
    public RubricVersion inForce(String agency, @Nullable LocalDate date) {
        return rubrics.rubricInForce(tenants.enter(agency), date == null ? today() : date);
    }

    @Transactional
    @PreAuthorize(AssessmentService.ADMIN)
    /** The version stored, or every rule the draft broke (nothing was stored). */
    public Outcome<RubricVersion, RubricProblem> save(String agency, RubricDraft draft, String actor) {
        DSLContext tenant = tenants.enter(agency);
        return apply(tenant, draft).map(rubric -> {
            LocalDate from = Objects.requireNonNull(draft.effectiveFrom(), "applyTo refuses a draft without a date");
            int version = rubrics.saveRubric(tenant, rubric, from, actor);
            return new RubricVersion(version, from, rubric);
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AssessmentService.ADMIN)
    public Preview preview(String agency, long periodId, RubricDraft draft) {
        DSLContext tenant = tenants.enter(agency);
        AssessmentPeriod period = repository
                .period(tenant, periodId)
                .orElseThrow(() -> new AssessmentRefused("UNKNOWN_PERIOD", "No assessment period " + periodId + "."));
        RubricVersion base =
                rubrics.rubricInForce(tenant, draft.effectiveFrom() == null ? today() : draft.effectiveFrom());
        Outcome<Rubric, RubricProblem> built = apply(tenant, draft);
        Rubric proposedRubric = built.valueOrNull();
        if (proposedRubric == null) {
            return new Preview(periodId, base.version(), 0, List.of(), 0, 0, 0, built.problems());
        }
        ScoreEngine.requireValid(base.rubric());
        int[] inForce = new int[10];
        int[] proposed = new int[10];
        int changed = 0;
        List<String> nips = employees.activeNips(agency);
        for (int from = 0; from < nips.size(); from += chunkSize) {
            List<String> chunk = nips.subList(from, Math.min(nips.size(), from + chunkSize));
            var before = loader.load(agency, tenant, periodId, period.asOf(), base.rubric(), chunk);
            // most drafts change weights, scales or cut-offs only: the inputs are the same, read once
            var after = sameReads(base.rubric(), proposedRubric)
                    ? before
                    : loader.load(agency, tenant, periodId, period.asOf(), proposedRubric, chunk);
            for (String nip : chunk) {
                Integer a = box(before.get(nip), base.rubric(), period.asOf());
                Integer b = box(after.get(nip), proposedRubric, period.asOf());
                inForce[a == null ? 0 : a]++;
                proposed[b == null ? 0 : b]++;
                changed += Objects.equals(a, b) ? 0 : 1;
            }
        }
        List<BoxShift> boxes = new ArrayList<>(9);
        for (int box = 1; box <= 9; box++) {
            boxes.add(new BoxShift(box, inForce[box], proposed[box]));
        }
        return new Preview(periodId, base.version(), nips.size(), boxes, inForce[0], proposed[0], changed, List.of());
    }

    /** Whether the loader reads the same inputs for both rubrics (the parts of a rubric that decide its reads). */
    static boolean sameReads(Rubric a, Rubric b) {
        return (a.weight(Indicator.COMMUNITY) > 0) == (b.weight(Indicator.COMMUNITY) > 0)
                && (a.weight(Indicator.LHKPN) > 0) == (b.weight(Indicator.LHKPN) > 0)
                && a.performance().skpYears() == b.performance().skpYears()
                && a.validity().disciplineLookbackYears() == b.validity().disciplineLookbackYears();
    }

    private static @Nullable Integer box(@Nullable AssessmentInputs in, Rubric rubric, LocalDate asOf) {
        return in == null ? null : ScoreEngine.scoreValidated(in, rubric, asOf).box();
    }

    /** The draft applied to the version in force on its start date. */
    private Outcome<Rubric, RubricProblem> apply(DSLContext tenant, RubricDraft draft) {
        LocalDate today = today();
        Rubric base = rubrics.rubricInForce(tenant, draft.effectiveFrom() == null ? today : draft.effectiveFrom())
                .rubric();
        return draft.applyTo(
                base,
                referenceData.get().educationLevels().stream()
                        .map(EducationLevel::code)
                        .toList(),
                today);
    }
}
