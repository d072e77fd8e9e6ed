package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.InputValidation;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.MissingInput;
import id.meritasn.assessment.ScoreEngine;
import id.meritasn.assessment.TalentAspects;
import id.meritasn.assessment.TalentMapService;
import id.meritasn.assessment.TieredValidation;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.text.Text;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/** The talent map pages: the nine-box of a period, calibration, the talent card and the employee's own result. */
@BrowserCallable
@PermitAll
class TalentBrowserService {

    private final AssessmentService assessments;
    private final TalentMapService talentMaps;
    private final CalibrationService calibration;
    private final EmployeeService employees;
    private final ProfileReads profileReads;
    private final TieredValidation validation;

    TalentBrowserService(
            AssessmentService assessments,
            TalentMapService talentMaps,
            CalibrationService calibration,
            EmployeeService employees,
            ProfileReads profileReads,
            TieredValidation validation) {
        this.profileReads = profileReads;
        this.validation = validation;
        this.assessments = assessments;
        this.talentMaps = talentMaps;
        this.calibration = calibration;
        this.employees = employees;
    }

    record Member(
            @NonNull String nip,
            @NonNull String name,
            @Nullable Integer computedBox,
            @Nullable Integer finalBox,
            @Nullable Double potential,
            @Nullable Double performance,
            boolean mapped,
            @Nullable String calibrationReason,
            boolean provisional) {}

    /** Counts per box, each box's share of the mapped employees and the agency guideline's share, if any. */
    record MapView(
            @NonNull AssessmentPeriod period,
            @NonNull Map<@NonNull Integer, @NonNull Integer> counts,
            @NonNull Map<@NonNull Integer, @NonNull Double> percents,
            @NonNull Map<@NonNull Integer, @NonNull Double> guideline,
            int notMapped,
            int outOfScope,
            boolean realtime,
            @NonNull List<@NonNull Member> members) {}

    /** One of the six aspects with its score 0-100 (weighted average of its indicators' scaled scores). */
    record Aspect(@NonNull String name, double score) {}

    record Line(
            @NonNull String indicator,
            @NonNull String label,
            @NonNull String raw,
            double scaled,
            int weight,
            double contribution,
            @NonNull String evidence) {}

    record Card(
            @NonNull String nip,
            @NonNull String name,
            @Nullable Integer box,
            @Nullable Integer finalBox,
            @Nullable Double potential,
            @Nullable Double performance,
            @NonNull List<@NonNull Aspect> aspects,
            @NonNull List<@NonNull Line> explanation,
            @NonNull List<@NonNull Text> missing,
            @NonNull List<@NonNull String> actions,
            @NonNull List<@NonNull String> history,
            @NonNull List<@NonNull InputValidation> validation) {}

    public @NonNull List<@NonNull AssessmentPeriod> periods() {
        return assessments.periods(UiCaller.agency());
    }

    /** The map of a period, for the whole agency or one unit and its sub-units. */
    /** Changes whenever the period's map does: an open view with real-time updates reloads only then. */
    public long mapRevision(long periodId) {
        return talentMaps.revision(UiCaller.agency(), periodId);
    }

    public @NonNull MapView map(long periodId, @Nullable String unitCode) {
        String agency = UiCaller.agency();
        var map = unitCode == null || unitCode.isBlank()
                ? talentMaps.talentMap(agency, periodId)
                : talentMaps.talentMap(
                        agency,
                        periodId,
                        new id.meritasn.employee.EmployeeFilter(unitCode, null, null, null, null, null, null));
        List<String> nips = map.members().stream().map(TalentResult::nip).toList();
        Map<String, String> names = new HashMap<>();
        employees.findAll(agency, nips).forEach(e -> names.put(e.nip(), e.fullName()));
        Map<String, CalibrationMove> moves = calibration.moves(agency, periodId, nips);
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, Double> percents = new LinkedHashMap<>();
        Map<Integer, Double> guideline = new LinkedHashMap<>();
        map.boxes().forEach(b -> {
            counts.put(b.box(), b.count());
            percents.put(b.box(), b.percent());
            if (b.guidelinePercent() != null) {
                guideline.put(b.box(), b.guidelinePercent());
            }
        });
        AssessmentPeriod period = period(agency, periodId);
        Set<String> provisional = Set.copyOf(map.provisional());
        return new MapView(
                period,
                counts,
                percents,
                guideline,
                map.notMapped(),
                map.outOfScope(),
                talentMaps.realtime(agency),
                map.members().stream()
                        .map(r -> {
                            CalibrationMove move = moves.get(r.nip());
                            return new Member(
                                    r.nip(),
                                    names.getOrDefault(r.nip(), r.nip()),
                                    r.box(),
                                    move == null ? r.box() : Integer.valueOf(move.toBox()),
                                    number(r.potential()),
                                    number(r.performance()),
                                    r.mapped(),
                                    move == null ? null : move.reason(),
                                    provisional.contains(r.nip()));
                        })
                        .toList());
    }

    record Completeness(
            @NonNull String unitName,
            int employees,
            int mapped,
            int notMapped,
            @NonNull List<@NonNull MissingShare> topMissing) {}

    /** What is missing, and for how many of the unit's employees. */
    record MissingShare(@NonNull Text text, int employees) {}

    public @NonNull List<@NonNull Completeness> completeness(long periodId) {
        return talentMaps.completeness(UiCaller.agency(), periodId).stream()
                .map(u -> new Completeness(
                        u.unitName(),
                        u.employees(),
                        u.mapped(),
                        u.notMapped(),
                        u.missing().stream()
                                .limit(3)
                                .map(m -> new MissingShare(MissingInput.describe(m.item()), m.employees()))
                                .toList()))
                .toList();
    }

    public @NonNull Card card(long periodId, @NonNull String nip) {
        String agency = UiCaller.agency();
        List<TalentResult> versions = talentMaps.versions(agency, periodId, nip);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("No result for " + nip + " in this period.");
        }
        Employee employee = employees.find(agency, nip).orElseThrow();
        profileReads.record(agency, nip, ProfileView.TALENT_CARD);
        CalibrationMove move = calibration.moves(agency, periodId, List.of(nip)).get(nip);
        Card card = card(employee.fullName(), versions, move == null ? null : move.toBox());
        // the versions of this period, then the other periods' final boxes: the profile's history across periods
        List<String> history = new java.util.ArrayList<>(card.history());
        talentMaps.history(agency, nip).stream()
                .filter(h -> h.period().id() != periodId)
                .forEach(h -> history.add(h.period().name() + ": "
                        + (h.result().mapped() ? "kotak " + h.finalBox() : "belum dipetakan")));
        return new Card(
                card.nip(),
                card.name(),
                card.box(),
                card.finalBox(),
                card.potential(),
                card.performance(),
                card.aspects(),
                card.explanation(),
                card.missing(),
                card.actions(),
                history,
                validation.states(agency, periodId, nip));
    }

    /** The periods whose results the signed-in employee may see: the published ones. */
    public @NonNull List<@NonNull AssessmentPeriod> publishedPeriods() {
        return calibration.publishedPeriods(UiCaller.agency());
    }

    /** The signed-in employee's own published result, or null before publishing. */
    public @Nullable Card mine(long periodId) {
        String agency = UiCaller.agency();
        String nip = CallerClaims.nip(SecurityContextHolder.getContext().getAuthentication());
        return calibration
                .ownResult(agency, periodId)
                .map(own -> card(nip, List.of(own.result()), own.finalBox()))
                .orElse(null);
    }

    /** A refused step fails like any other (the page says so): returning it would change the TS AssessmentPeriod. */
    public @NonNull AssessmentPeriod advance(long periodId, @NonNull String step) {
        String agency = UiCaller.agency();
        var stepped = switch (step) {
            case "START_CALIBRATION" -> calibration.startCalibration(agency, periodId);
            case "CLOSE_CALIBRATION" -> calibration.closeCalibration(agency, periodId);
            case "PUBLISH" -> calibration.publish(agency, periodId);
            case "COMPUTE" -> assessments.computePeriod(agency, periodId).map(changed -> period(agency, periodId));
            default -> throw new IllegalArgumentException("Unknown step " + step);
        };
        return stepped.orElseThrow();
    }

    private AssessmentPeriod period(String agency, long periodId) {
        return assessments.periods(agency).stream()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow();
    }

    private static Card card(String name, List<TalentResult> versions, @Nullable Integer finalBox) {
        TalentResult current = versions.getFirst();
        List<Line> lines = current.explanation().stream()
                .map(s -> new Line(
                        s.indicator().name(),
                        s.indicator().label(),
                        s.raw(),
                        s.scaled().doubleValue(),
                        s.weight(),
                        s.contribution().doubleValue(),
                        s.evidence()))
                .toList();
        return new Card(
                current.nip(),
                name,
                current.box(),
                finalBox == null ? current.box() : finalBox,
                number(current.potential()),
                number(current.performance()),
                aspects(current.explanation()),
                lines,
                current.missing().stream().map(MissingInput::describe).toList(),
                finalBox == null
                        ? current.recommendedActions()
                        : id.meritasn.assessment.NineBox.recommendedActions(finalBox),
                versions.stream()
                        .map(v -> "v" + v.version() + " (" + v.computedAt().toLocalDate() + "): "
                                + (v.mapped() ? "kotak " + v.box() : "belum dipetakan"))
                        .toList(),
                List.of());
    }

    /** The six aspects of DOMAIN.md (TalentAspects, which the printed card uses too). */
    private static List<Aspect> aspects(List<ScoreEngine.IndicatorScore> explanation) {
        return TalentAspects.of(explanation).stream()
                .map(a -> new Aspect(a.name(), a.score()))
                .toList();
    }

    private static @Nullable Double number(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
