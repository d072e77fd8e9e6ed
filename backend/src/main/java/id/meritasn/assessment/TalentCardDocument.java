package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.PeriodResult;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.document.Charts;
import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentSource;
import id.meritasn.document.Rows;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.Nip;
import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The talent card of one employee in one period (PDF): the six aspects as a chart, the score breakdown with its
 * evidence, the recommended development and the history across published periods. Employees print their own once the
 * period is published; the map's readers print anyone's.
 */
@Component
class TalentCardDocument implements DocumentSource {

    private static final Set<String> READERS =
            Set.of(Roles.TENANT_ADMIN, Roles.ASSESSOR, Roles.TALENT_COMMITTEE, Roles.PPK);

    private final TalentMapService talentMaps;
    private final CalibrationService calibration;
    private final EmployeeService employees;

    TalentCardDocument(TalentMapService talentMaps, CalibrationService calibration, EmployeeService employees) {
        this.talentMaps = talentMaps;
        this.calibration = calibration;
        this.employees = employees;
    }

    @Override
    public String kind() {
        return "TALENT_CARD";
    }

    @Override
    public String template() {
        return "id/meritasn/assessment/documents/talent-card.html";
    }

    @Override
    public DocumentModel model(String agency, DocumentRequest request) {
        long periodId = request.requirePeriod();
        String nip = request.requireNip();
        List<PeriodResult> published = reader() ? talentMaps.history(agency, nip) : own(agency, nip);
        PeriodResult current = published.stream()
                .filter(p -> p.period().id() == periodId)
                .findFirst()
                .orElseThrow(() -> new DocumentRefused(
                        "No result of " + nip + " in period " + periodId + (reader() ? "." : " is published yet."),
                        "periodId"));
        // the name of someone the caller may already see (a reader, or the employee themself)
        String name = SystemActor.callForAgency(agency, () -> employees.find(agency, nip))
                .map(e -> e.fullName())
                .orElse(nip);
        TalentResult result = current.result();
        var aspects = TalentAspects.of(result.explanation() == null ? List.of() : result.explanation());
        Integer finalBox = current.finalBox();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("employee", Map.of("nip", nip, "name", name));
        data.put("period", current.period().name());
        data.put("mapped", result.mapped());
        data.put("box", result.box() == null ? "-" : result.box());
        data.put("finalBox", finalBox == null ? "-" : finalBox);
        data.put("performance", Rows.number(result.performance()));
        data.put("potential", Rows.number(result.potential()));
        data.put(
                "missing",
                result.missing().stream()
                        .map(m -> MissingInput.describe(m).indonesian())
                        .toList());
        data.put(
                "aspects",
                aspects.stream()
                        .map(a -> Map.of("name", a.name(), "score", String.valueOf(a.score())))
                        .toList());
        data.put(
                "lines",
                (result.explanation() == null ? List.<ScoreEngine.IndicatorScore>of() : result.explanation())
                        .stream()
                                .map(s -> Map.of(
                                        "label",
                                        s.indicator().label(),
                                        "raw",
                                        s.raw(),
                                        "scaled",
                                        Rows.number(s.scaled()),
                                        "weight",
                                        s.weight(),
                                        "contribution",
                                        Rows.number(s.contribution()),
                                        "evidence",
                                        s.evidence()))
                                .toList());
        data.put("actions", finalBox == null ? List.of() : NineBox.recommendedActions(finalBox));
        data.put(
                "history",
                published.stream()
                        .filter(p -> p.period().status() == PeriodStatus.PUBLISHED
                                || p.period().id() == periodId)
                        .map(p -> Map.of("period", p.period().name(), "box", p.finalBox() == null ? "-" : p.finalBox()))
                        .toList());
        Map<String, Double> scores = new LinkedHashMap<>();
        aspects.forEach(a -> scores.put(a.name(), a.score()));
        return new DocumentModel(
                "Kartu talenta " + name + " periode " + current.period().name(),
                "Kartu talenta pegawai NIP " + Nip.mask(nip) + ", periode "
                        + current.period().name(),
                data,
                Map.of("chart", Charts.radar(scores, 420)));
    }

    private static boolean reader() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null
                && (SystemActor.isSystem(caller)
                        || AgencyAuthorities.roles(caller).stream().anyMatch(READERS::contains));
    }

    /** The employee's own published results: nobody else's card is reachable this way. */
    private List<PeriodResult> own(String agency, String nip) {
        if (!nip.equals(CallerClaims.currentNip())) {
            throw new AccessDeniedException("Employees print their own talent card only.");
        }
        return calibration.publishedPeriods(agency).stream()
                .flatMap(p ->
                        calibration
                                .ownResult(agency, p.id())
                                .map(o -> new PeriodResult(p, o.result(), o.finalBox()))
                                .stream())
                .toList();
    }
}
