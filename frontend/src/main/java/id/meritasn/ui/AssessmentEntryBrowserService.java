package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentImportService;
import id.meritasn.assessment.AssessmentProblem;
import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.AssessmentRefused;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.Indicator;
import id.meritasn.assessment.MissingInput;
import id.meritasn.assessment.Skp;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.employee.EmployeeRecords.CompetencyRequirement;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.imports.ImportFileProblem;
import id.meritasn.imports.ImportJob;
import id.meritasn.imports.ImportJobs;
import id.meritasn.imports.SpreadsheetText;
import id.meritasn.shared.text.Text;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.MultipartFile;

/**
 * The assessor's entry page: one employee's inputs one at a time, and bulk files on the import jobs. Thin: it delegates
 * to the assessment services, which check role, membership, the period and the values. A refusal the assessor can act
 * on comes back as a message beside the input, not as an error, so the form stays as it was typed.
 */
@BrowserCallable
@PermitAll
class AssessmentEntryBrowserService {

    /** The inputs entered here; their current value and evidence are shown beside each form part. */
    private static final Set<Indicator> ENTERED =
            EnumSet.of(Indicator.SKP, Indicator.COMPETENCY, Indicator.POTENTIAL, Indicator.FIELD_FIT);

    private final AssessmentService assessments;
    private final TalentMapService talentMaps;
    private final AssessmentImportService assessmentImports;
    private final ImportJobs imports;
    private final EmployeeService employees;
    private final OrganizationService organization;

    AssessmentEntryBrowserService(
            AssessmentService assessments,
            TalentMapService talentMaps,
            AssessmentImportService assessmentImports,
            ImportJobs imports,
            EmployeeService employees,
            OrganizationService organization) {
        this.assessments = assessments;
        this.talentMaps = talentMaps;
        this.assessmentImports = assessmentImports;
        this.imports = imports;
        this.employees = employees;
        this.organization = organization;
    }

    /** An input as the latest result used it (raw value and its evidence). */
    record Stored(
            @NonNull String indicator,
            @NonNull String raw,
            @NonNull String evidence) {}

    /** The employee's latest result: box and scores when mapped, else what is missing. */
    record Outcome(
            int version,
            boolean mapped,
            @NonNull List<@NonNull Text> missing,
            @Nullable Double potential,
            @Nullable Double performance,
            @Nullable Integer box,
            @NonNull List<@NonNull Stored> inputs) {}

    /** One competency of the position's standard: the level the assessor enters is compared with the required one. */
    record Requirement(@NonNull String competency, @NonNull String kind, int requiredLevel) {}

    /**
     * Who is being assessed, against which standard, and where they stand now (null before a first computation).
     * {@code fieldOfStudyFits} is the stored answer, so the checkbox starts from it rather than from "no".
     */
    record Subject(
            @NonNull String nip,
            @NonNull String name,
            @Nullable String positionName,
            @NonNull List<@NonNull Requirement> standard,
            @Nullable Outcome result,
            @Nullable Boolean fieldOfStudyFits) {}

    /** The recomputed result after a save, or why the input was refused (nothing was stored then). */
    record Saved(@Nullable Outcome result, @Nullable String problem) {}

    record ImportStart(@Nullable ImportJob job, @Nullable String problem) {}

    /** The periods that take inputs. */
    public @NonNull List<@NonNull AssessmentPeriod> openPeriods() {
        return assessments.periods(UiCaller.agency()).stream()
                .filter(p -> p.status() == PeriodStatus.OPEN)
                .toList();
    }

    /** The employee with the position's competency standard, or null when the agency has no such NIP. */
    public @Nullable Subject subject(long periodId, @NonNull String nip) {
        String agency = UiCaller.agency();
        Employee employee = employees.find(agency, nip.trim()).orElse(null);
        if (employee == null) {
            return null;
        }
        Position position = employee.positionId() == null
                ? null
                : organization.positionsById(agency, List.of(employee.positionId())).stream()
                        .findFirst()
                        .orElse(null);
        List<CompetencyRequirement> standard = position == null
                ? List.of()
                : organization.standards(agency, List.of(position.id())).getOrDefault(position.id(), List.of());
        List<TalentResult> versions = talentMaps.versions(agency, periodId, employee.nip());
        TalentResult latest = versions.isEmpty() ? null : versions.getFirst();
        // the engine explains the field-of-study input as "fits" / "does not fit"
        Boolean fits = latest == null
                ? null
                : latest.explanation().stream()
                        .filter(i -> i.indicator() == Indicator.FIELD_FIT)
                        .findFirst()
                        .map(i -> i.raw().equals("fits"))
                        .orElse(null);
        return new Subject(
                employee.nip(),
                employee.fullName(),
                position == null ? null : position.name(),
                standard.stream()
                        .map(r -> new Requirement(r.competency(), r.kind().name(), r.requiredLevel()))
                        .toList(),
                latest == null ? null : outcome(latest),
                fits);
    }

    public @NonNull Saved recordSkp(
            long periodId,
            @NonNull String nip,
            Skp.@NonNull Rating hasilKerja,
            Skp.@NonNull Rating perilakuKerja,
            @NonNull String evidence) {
        return saved(
                assessments.recordSkp(UiCaller.agency(), periodId, nip, hasilKerja, perilakuKerja, evidence, actor()));
    }

    /** {@code assessedOn}: the date on the assessment report; without it the result counts as of the period. */
    public @NonNull Saved recordCompetency(
            long periodId,
            @NonNull String nip,
            @NonNull Map<@NonNull String, @NonNull Integer> levels,
            @Nullable LocalDate assessedOn,
            @NonNull String evidence) {
        return saved(
                assessments.recordCompetency(UiCaller.agency(), periodId, nip, levels, assessedOn, evidence, actor()));
    }

    /** "No discipline sanction" declared with its evidence; recorded sanctions still decide. */
    public @NonNull Saved declareNoSanction(long periodId, @NonNull String nip, @NonNull String evidence) {
        return saved(assessments.declareNoSanction(UiCaller.agency(), periodId, nip, evidence, actor()));
    }

    /** The score arrives as typed (a comma or a point), so the backend's range check is the only one. */
    public @NonNull Saved recordPotential(
            long periodId, @NonNull String nip, @NonNull String score, @NonNull String evidence) {
        BigDecimal value;
        try {
            value = new BigDecimal(score.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return new Saved(null, "A potential score is a number 0 to 100, was '" + score + "'.");
        }
        return saved(assessments.recordPotential(UiCaller.agency(), periodId, nip, value, evidence, actor()));
    }

    public @NonNull Saved recordFieldFit(long periodId, @NonNull String nip, boolean fits, @NonNull String evidence) {
        return saved(assessments.recordFieldFit(UiCaller.agency(), periodId, nip, fits, evidence, actor()));
    }

    /** The file comes as a multipart upload (spooled to disk by the servlet container), not as base64 in JSON. */
    public @NonNull ImportStart startImport(long periodId, @NonNull MultipartFile file) {
        try {
            return new ImportStart(
                    assessmentImports.submit(
                            UiCaller.agency(),
                            periodId,
                            String.valueOf(file.getOriginalFilename()),
                            file.getBytes(),
                            actor()),
                    null);
        } catch (ImportFileProblem | AssessmentRefused e) {
            return new ImportStart(null, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    public @Nullable ImportJob importJob(@NonNull String id) {
        return assessmentImports.job(UiCaller.agency(), UUID.fromString(id)).orElse(null);
    }

    /** The first refused fields of a job, to list on the page; the CSV report has them all. */
    public @NonNull List<ImportJob.@NonNull RowError> rowErrors(@NonNull String id, int limit) {
        String agency = UiCaller.agency();
        return assessmentImports
                .job(agency, UUID.fromString(id))
                .map(job -> imports.rowErrors(agency, job, Math.max(1, Math.min(limit, 500))))
                .orElse(List.of());
    }

    /** Every refused field of a job as CSV (row, column, value, reason), the same report as the employee import's. */
    public @NonNull String errorReportCsv(@NonNull String id) {
        String agency = UiCaller.agency();
        // the job is looked up through the assessment target, so an id of an employee import reports nothing
        var job = assessmentImports.job(agency, UUID.fromString(id));
        return SpreadsheetText.errorReport(job.isEmpty() ? List.of() : imports.rowErrors(agency, job.get(), 200_000));
    }

    /** An input step refuses for one rule, so the first problem is the whole answer. */
    private static Saved saved(id.meritasn.shared.outcome.Outcome<TalentResult, AssessmentProblem> recorded) {
        TalentResult result = recorded.valueOrNull();
        return result != null
                ? new Saved(outcome(result), null)
                : new Saved(null, recorded.problems().getFirst().message());
    }

    private static Outcome outcome(TalentResult r) {
        return new Outcome(
                r.version(),
                r.mapped(),
                r.missing().stream().map(MissingInput::describe).toList(),
                number(r.potential()),
                number(r.performance()),
                r.box(),
                r.explanation().stream()
                        .filter(s -> ENTERED.contains(s.indicator()))
                        .map(s -> new Stored(s.indicator().name(), s.raw(), s.evidence()))
                        .toList());
    }

    private static @Nullable Double number(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
