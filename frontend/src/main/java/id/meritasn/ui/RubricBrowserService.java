package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentRecords;
import id.meritasn.assessment.AssessmentRecords.RubricVersion;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.Indicator;
import id.meritasn.assessment.Rubric;
import id.meritasn.assessment.RubricDraft;
import id.meritasn.assessment.RubricProblem;
import id.meritasn.assessment.RubricService;
import id.meritasn.assessment.Skp;
import id.meritasn.employee.ReferenceData.EducationLevel;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.shared.outcome.Outcome;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rubric editor: the rubric in force today, the preview of an edit's consequences for the newest period's map,
 * and saving a new version. Every problem comes back with the field it concerns, so the page can show it beside that
 * field instead of one exception text.
 */
@BrowserCallable
@PermitAll
class RubricBrowserService {

    /** Far enough ahead to find the latest stored version, including one that takes effect later. */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final AssessmentService assessments;
    private final RubricService rubrics;
    private final ReferenceDataService referenceData;

    RubricBrowserService(AssessmentService assessments, RubricService rubrics, ReferenceDataService referenceData) {
        this.assessments = assessments;
        this.rubrics = rubrics;
        this.referenceData = referenceData;
    }

    record IndicatorWeight(
            @NonNull String indicator, @NonNull String label, int weight) {}

    /** PERFORMANCE (kinerja) or POTENTIAL (potensial) with its indicators; their weights must sum to 100. */
    record AxisWeights(@NonNull String axis, @NonNull List<@NonNull IndicatorWeight> weights) {}

    record ScaleEntry(@NonNull String key, @NonNull String label, int score) {}

    /**
     * The rubric in force today; {@code scheduledVersion} is a later version already saved (it takes effect on
     * {@code scheduledFrom}), so an admin who just saved one for next month sees that it is there.
     */
    record RubricView(
            int version,
            @NonNull LocalDate effectiveFrom,
            @NonNull LocalDate today,
            @NonNull List<@NonNull AxisWeights> axes,
            @NonNull List<@NonNull ScaleEntry> skpScale,
            @NonNull List<@NonNull ScaleEntry> educationScale,
            @NonNull List<@NonNull ScaleEntry> disciplineScale,
            double middleCutoff,
            double highCutoff,
            @NonNull String performanceModel,
            double performanceMiddleCutoff,
            double performanceHighCutoff,
            @Nullable Integer liftBaikAt,
            int skpYears,
            @Nullable Integer scheduledVersion,
            @Nullable LocalDate scheduledFrom) {}

    /** A number the editor sent; null when the field was left empty. */
    record WeightInput(@NonNull String indicator, @Nullable Integer weight) {}

    record ScoreInput(@NonNull String key, @Nullable Integer score) {}

    /**
     * The whole form. {@code performanceModel} is SKP_PREDIKAT or WEIGHTED; {@code liftBaikAt} empty means a Baik is
     * never lifted; {@code skpYears} 1 or 2.
     */
    record RubricEdit(
            @Nullable LocalDate effectiveFrom,
            @NonNull List<@NonNull WeightInput> weights,
            @NonNull List<@NonNull ScoreInput> skpScale,
            @NonNull List<@NonNull ScoreInput> educationScale,
            @NonNull List<@NonNull ScoreInput> disciplineScale,
            @Nullable Double middleCutoff,
            @Nullable Double highCutoff,
            @NonNull String performanceModel,
            @Nullable Double performanceMiddleCutoff,
            @Nullable Double performanceHighCutoff,
            @Nullable Integer liftBaikAt,
            @Nullable Integer skpYears) {}

    /** The saved version, or every problem that stopped the save (nothing is stored then). */
    record SaveResult(
            @Nullable Integer version,
            @Nullable LocalDate effectiveFrom,
            @NonNull List<@NonNull RubricProblem> problems) {}

    public @NonNull RubricView rubric() {
        String agency = UiCaller.agency();
        RubricVersion today = rubrics.inForce(agency, null);
        RubricVersion latest = rubrics.inForce(agency, LATEST);
        Rubric rubric = today.rubric();
        List<AxisWeights> axes = Arrays.stream(Indicator.Axis.values())
                .map(axis -> new AxisWeights(
                        axis.name(),
                        Arrays.stream(Indicator.values())
                                .filter(i -> i.axis() == axis)
                                .map(i -> new IndicatorWeight(
                                        i.name(), i.label(), rubric.weights().getOrDefault(i, 0)))
                                .toList()))
                .toList();
        List<ScaleEntry> skp = Arrays.stream(Skp.Predikat.values())
                .map(p -> new ScaleEntry(
                        p.name(), predikatLabel(p), rubric.skpScale().getOrDefault(p, 0)))
                .toList();
        List<ScaleEntry> education = educationLevels().stream()
                .map(l -> new ScaleEntry(
                        l.code(), l.name(), rubric.educationScale().getOrDefault(l.code(), 0)))
                .toList();
        List<ScaleEntry> discipline = Arrays.stream(Rubric.DisciplineLevel.values())
                .map(d -> new ScaleEntry(
                        d.name(), disciplineLabel(d), rubric.disciplineScale().getOrDefault(d, 0)))
                .toList();
        boolean scheduled = latest.version() != today.version();
        Rubric.Performance performance = rubric.performance();
        return new RubricView(
                today.version(),
                today.effectiveFrom(),
                rubrics.today(),
                axes,
                skp,
                education,
                discipline,
                rubric.cutoffs().middle().doubleValue(),
                rubric.cutoffs().high().doubleValue(),
                performance.model().name(),
                performance.cutoffs().middle().doubleValue(),
                performance.cutoffs().high().doubleValue(),
                performance.liftBaikAt(),
                performance.skpYears(),
                scheduled ? latest.version() : null,
                scheduled ? latest.effectiveFrom() : null);
    }

    /**
     * Saves the edited form as a new version (tenant admins; the backend service checks). The parts the editor does
     * not show (count and years tiers, evidence windows) are kept from the version in force on the start date.
     */
    public @NonNull SaveResult save(@NonNull RubricEdit edit) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        return switch (RubricEditCheck.check(edit).flatMap(draft -> rubrics.save(UiCaller.agency(), draft, actor))) {
            case Outcome.Done<RubricVersion, RubricProblem> saved ->
                new SaveResult(saved.value().version(), saved.value().effectiveFrom(), List.of());
            case Outcome.Refused<RubricVersion, RubricProblem> refused ->
                new SaveResult(null, null, refused.problems());
        };
    }

    /**
     * What the edited form would do to the newest period's map, beside the version in force; null when the agency
     * has no period yet. Form problems come back as the preview's problems.
     */
    public RubricService.@Nullable Preview preview(@NonNull RubricEdit edit) {
        String agency = UiCaller.agency();
        List<AssessmentRecords.AssessmentPeriod> periods = assessments.periods(agency);
        if (periods.isEmpty()) {
            return null;
        }
        long period = periods.getFirst().id();
        return switch (RubricEditCheck.check(edit)) {
            case Outcome.Done<RubricDraft, RubricProblem> draft -> rubrics.preview(agency, period, draft.value());
            case Outcome.Refused<RubricDraft, RubricProblem> refused ->
                new RubricService.Preview(period, 0, 0, List.of(), 0, 0, 0, refused.problems());
        };
    }

    /** Highest first, as the scale is read. */
    private List<EducationLevel> educationLevels() {
        return referenceData.get().educationLevels().reversed();
    }

    /** The predikat as PermenPANRB 6/2022 writes it (Sangat Baik, Butuh Perbaikan, ...). */
    static String predikatLabel(Skp.Predikat predikat) {
        return Arrays.stream(predikat.name().toLowerCase(Locale.ROOT).split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** The levels of PP 94/2021 on civil servant discipline. */
    static String disciplineLabel(Rubric.DisciplineLevel level) {
        return switch (level) {
            case NONE -> "Tidak ada hukuman disiplin";
            case LIGHT -> "Hukuman disiplin ringan";
            case MODERATE -> "Hukuman disiplin sedang";
            case SEVERE -> "Hukuman disiplin berat";
            case CURRENTLY_SANCTIONED -> "Sedang menjalani hukuman disiplin";
        };
    }
}
