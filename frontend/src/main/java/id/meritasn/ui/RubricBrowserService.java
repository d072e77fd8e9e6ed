package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentRecords.RubricVersion;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.Indicator;
import id.meritasn.assessment.Rubric;
import id.meritasn.assessment.Skp;
import id.meritasn.employee.ReferenceData.EducationLevel;
import id.meritasn.employee.ReferenceDataService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rubric editor: the rubric in force today, and saving a new version. Every problem comes back with the field it
 * concerns, so the page can show it beside that field instead of one exception text.
 */
@BrowserCallable
@PermitAll
class RubricBrowserService {

    /** Far enough ahead to find the latest stored version, including one that takes effect later. */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final AssessmentService assessments;
    private final ReferenceDataService referenceData;

    RubricBrowserService(AssessmentService assessments, ReferenceDataService referenceData) {
        this.assessments = assessments;
        this.referenceData = referenceData;
    }

    record IndicatorWeight(@NonNull String indicator, @NonNull String label, int weight) {
    }

    /** PERFORMANCE (kinerja) or POTENTIAL (potensial) with its indicators; their weights must sum to 100. */
    record AxisWeights(@NonNull String axis, @NonNull List<@NonNull IndicatorWeight> weights) {
    }

    record ScaleEntry(@NonNull String key, @NonNull String label, int score) {
    }

    /**
     * The rubric in force today; {@code scheduledVersion} is a later version already saved (it takes effect on
     * {@code scheduledFrom}), so an admin who just saved one for next month sees that it is there.
     */
    record RubricView(int version, @NonNull LocalDate effectiveFrom, @NonNull List<@NonNull AxisWeights> axes,
                      @NonNull List<@NonNull ScaleEntry> skpScale, @NonNull List<@NonNull ScaleEntry> educationScale,
                      @NonNull List<@NonNull ScaleEntry> disciplineScale, double middleCutoff, double highCutoff,
                      @Nullable Integer scheduledVersion, @Nullable LocalDate scheduledFrom) {
    }

    /** A number the editor sent; null when the field was left empty. */
    record WeightInput(@NonNull String indicator, @Nullable Integer weight) {
    }

    record ScoreInput(@NonNull String key, @Nullable Integer score) {
    }

    record RubricEdit(@Nullable LocalDate effectiveFrom, @NonNull List<@NonNull WeightInput> weights,
                      @NonNull List<@NonNull ScoreInput> skpScale, @NonNull List<@NonNull ScoreInput> educationScale,
                      @NonNull List<@NonNull ScoreInput> disciplineScale, @Nullable Double middleCutoff,
                      @Nullable Double highCutoff) {
    }

    /**
     * A problem with one field: {@code field} is {@code axis.<AXIS>}, {@code weight.<INDICATOR>},
     * {@code skpScale.<KEY>}, {@code educationScale.<KEY>}, {@code disciplineScale.<KEY>}, {@code middleCutoff},
     * {@code highCutoff}, {@code effectiveFrom} or {@code rubric}; {@code rule} names the broken rule for the page's
     * own text, {@code value} what was entered (or the axis sum), {@code message} the same in English.
     */
    record Problem(@NonNull String field, @NonNull String rule, @Nullable String value, @NonNull String message) {
    }

    /** The saved version, or every problem that stopped the save (nothing is stored then). */
    record SaveResult(@Nullable Integer version, @Nullable LocalDate effectiveFrom,
                      @NonNull List<@NonNull Problem> problems) {
    }

    public @NonNull RubricView rubric() {
        String agency = UiCaller.agency();
        RubricVersion today = assessments.rubric(agency, LocalDate.now());
        RubricVersion latest = assessments.rubric(agency, LATEST);
        Rubric rubric = today.rubric();
        List<AxisWeights> axes = Arrays.stream(Indicator.Axis.values()).map(axis -> new AxisWeights(axis.name(),
                Arrays.stream(Indicator.values()).filter(i -> i.axis() == axis)
                        .map(i -> new IndicatorWeight(i.name(), i.label(), rubric.weights().getOrDefault(i, 0)))
                        .toList())).toList();
        List<ScaleEntry> skp = Arrays.stream(Skp.Predikat.values())
                .map(p -> new ScaleEntry(p.name(), predikatLabel(p), rubric.skpScale().getOrDefault(p, 0))).toList();
        List<ScaleEntry> education = educationLevels().stream()
                .map(l -> new ScaleEntry(l.code(), l.name(), rubric.educationScale().getOrDefault(l.code(), 0))).toList();
        List<ScaleEntry> discipline = Arrays.stream(Rubric.DisciplineLevel.values())
                .map(d -> new ScaleEntry(d.name(), disciplineLabel(d), rubric.disciplineScale().getOrDefault(d, 0)))
                .toList();
        boolean scheduled = latest.version() != today.version();
        return new RubricView(today.version(), today.effectiveFrom(), axes, skp, education, discipline,
                rubric.cutoffs().middle().doubleValue(), rubric.cutoffs().high().doubleValue(),
                scheduled ? latest.version() : null, scheduled ? latest.effectiveFrom() : null);
    }

    /**
     * Saves the edited weights, scales and cut-offs as a new version (tenant admins; the backend service checks). The
     * parts the editor does not show (count and years tiers, evidence windows) are kept from the rubric in force
     * today, which is the national default until the agency stores its own.
     */
    public @NonNull SaveResult save(@NonNull RubricEdit edit) {
        String agency = UiCaller.agency();
        Rubric base = assessments.rubric(agency, LocalDate.now()).rubric();
        RubricEditCheck.Outcome outcome = RubricEditCheck.check(edit, base,
                educationLevels().stream().map(EducationLevel::code).toList(), LocalDate.now());
        if (outcome.rubric() == null) {
            return new SaveResult(null, null, outcome.problems());
        }
        try {
            RubricVersion saved = assessments.saveRubric(agency, outcome.rubric(), edit.effectiveFrom(),
                    SecurityContextHolder.getContext().getAuthentication().getName());
            return new SaveResult(saved.version(), saved.effectiveFrom(), List.of());
        } catch (AssessmentService.AssessmentRefused e) {
            // the checks above mirror the backend's; should it know more, its reason still reaches the page
            return new SaveResult(null, null, List.of(new Problem("rubric", "REFUSED", null, e.getMessage())));
        }
    }

    /** Highest first, as the scale is read. */
    private List<EducationLevel> educationLevels() {
        return referenceData.get().educationLevels().reversed();
    }

    /** The predikat as PermenPANRB 6/2022 writes it (Sangat Baik, Butuh Perbaikan, ...). */
    static String predikatLabel(Skp.Predikat predikat) {
        return Arrays.stream(predikat.name().toLowerCase(Locale.ROOT).split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
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
