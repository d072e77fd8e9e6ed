package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.BoxCount;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.TalentMap;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentSource;
import id.meritasn.document.Rows;
import id.meritasn.employee.EmployeeFilter;
import id.meritasn.employee.EmployeeService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The talent-map report of a period (PDF): the whole agency, one unit with its sub-units, or one position level; what
 * the map view shows, for the PPK and the files. Read through {@link TalentMapService}, so the map's readers may
 * issue it and nobody else.
 */
@Component
class TalentMapReport implements DocumentSource {

    private final TalentMapService talentMaps;
    private final CalibrationService calibration;
    private final AssessmentService assessments;
    private final EmployeeService employees;

    TalentMapReport(
            TalentMapService talentMaps,
            CalibrationService calibration,
            AssessmentService assessments,
            EmployeeService employees) {
        this.talentMaps = talentMaps;
        this.calibration = calibration;
        this.assessments = assessments;
        this.employees = employees;
    }

    @Override
    public String kind() {
        return "TALENT_MAP_REPORT";
    }

    @Override
    public String template() {
        return "id/meritasn/assessment/documents/talent-map-report.html";
    }

    @Override
    public String appendixTemplate() {
        return "id/meritasn/assessment/documents/talent-map-report-members.html";
    }

    /** Member lines per appendix part: a part is laid out whole, so its size bounds the memory a report needs. */
    static final int LINES_PER_PART = 2_000;

    /** Issuing reads the counts only (for the map's readers); the members are read when the file is made. */
    @Override
    public DocumentModel describe(String agency, DocumentRequest request) {
        long periodId = request.requirePeriod();
        TalentMap summary = talentMaps.talentMapSummary(agency, periodId);
        AssessmentPeriod period = period(assessments, agency, periodId);
        String scope = scope(request);
        int mapped = summary.boxes().stream().mapToInt(BoxCount::count).sum();
        return new DocumentModel(title(period, scope), subject(period, scope, mapped), Map.of("period", period.name()));
    }

    @Override
    public DocumentModel model(String agency, DocumentRequest request) {
        long periodId = request.requirePeriod();
        String unit = request.unit();
        String level = request.level();
        TalentMap map = unit == null && level == null
                ? talentMaps.talentMap(agency, periodId)
                : talentMaps.talentMap(agency, periodId, new EmployeeFilter(unit, null, null, null, level, null, null));
        AssessmentPeriod period = period(assessments, agency, periodId);
        List<String> nips = map.members().stream().map(TalentResult::nip).toList();
        Map<String, String> names = new HashMap<>();
        employees.findAll(agency, nips).forEach(e -> names.put(e.nip(), e.fullName()));
        Map<String, CalibrationMove> moves = calibration.moves(agency, periodId, nips);
        String scope = scope(request);
        int mapped = (int) map.members().stream().filter(TalentResult::mapped).count();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "period",
                Map.of(
                        "name",
                        period.name(),
                        "asOf",
                        period.asOf().toString(),
                        "status",
                        period.status().name()));
        data.put("scope", scope);
        data.put("mapped", mapped);
        data.put("notMappedCount", map.notMapped());
        data.put("outOfScope", map.outOfScope());
        data.put("provisional", map.provisional().size());
        data.put("grid", grid(map.boxes()));
        data.put("members", members(map.members(), moves, names));
        data.put(
                "notMapped",
                map.members().stream()
                        .filter(r -> !r.mapped())
                        .sorted(Comparator.comparing(TalentResult::nip))
                        .map(r -> Rows.of(
                                "nip",
                                r.nip(),
                                "name",
                                names.getOrDefault(r.nip(), r.nip()),
                                "missing",
                                MissingInput.indonesian(r.missing())))
                        .toList());
        data.put(
                "moves",
                moves.values().stream()
                        .sorted(Comparator.comparing(CalibrationMove::nip))
                        .map(m -> Rows.of(
                                "nip",
                                m.nip(),
                                "name",
                                names.getOrDefault(m.nip(), m.nip()),
                                "fromBox",
                                m.fromBox(),
                                "toBox",
                                m.toBox(),
                                "status",
                                m.status().name(),
                                "reason",
                                m.reason()))
                        .toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) data.get("members");
        return new DocumentModel(
                title(period, scope),
                subject(period, scope, mapped),
                data,
                Map.of(DocumentSource.APPENDIX, parts(groups)));
    }

    /** The members' lines in parts of {@link #LINES_PER_PART}, a box's heading again where it goes on in a part. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parts(List<Map<String, Object>> groups) {
        List<Map<String, Object>> parts = new ArrayList<>();
        List<Map<String, Object>> current = new ArrayList<>();
        int room = LINES_PER_PART;
        for (Map<String, Object> group : groups) {
            List<String> lines = (List<String>) Objects.requireNonNull(group.get("lines"), "members() puts lines");
            for (int from = 0; from < lines.size(); ) {
                if (room == 0) {
                    parts.add(Rows.of("groups", current));
                    current = new ArrayList<>();
                    room = LINES_PER_PART;
                }
                int to = Math.min(lines.size(), from + room);
                current.add(Rows.of(
                        "box",
                        group.get("box"),
                        "count",
                        lines.size(),
                        "continued",
                        from > 0,
                        "lines",
                        lines.subList(from, to)));
                room -= to - from;
                from = to;
            }
        }
        if (!current.isEmpty()) {
            parts.add(Rows.of("groups", current));
        }
        return parts;
    }

    /** The period a document is of, or the typed refusal naming periodId. */
    static AssessmentPeriod period(AssessmentService assessments, String agency, long periodId) {
        return assessments.periods(agency).stream()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow(
                        () -> new DocumentRefused("No assessment period " + periodId + " in this agency.", "periodId"));
    }

    private static String scope(DocumentRequest request) {
        String unit = request.unit();
        String level = request.level();
        return unit != null
                ? "Unit " + unit + " dan sub-unitnya"
                : level != null ? "Jenjang jabatan " + level : "Seluruh instansi";
    }

    private static String title(AssessmentPeriod period, String scope) {
        return "Laporan peta talenta periode " + period.name() + " (" + scope + ")";
    }

    private static String subject(AssessmentPeriod period, String scope, int mapped) {
        return "Laporan peta talenta periode " + period.name() + ", " + scope.toLowerCase(Locale.ROOT) + ": " + mapped
                + " pegawai dipetakan";
    }

    /** Rows from the top (high performance) to the bottom, columns from low to high potential, as the map shows. */
    private static List<List<Map<String, Object>>> grid(List<BoxCount> boxes) {
        Map<Integer, BoxCount> byBox = new HashMap<>();
        boxes.forEach(b -> byBox.put(b.box(), b));
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (int row = 2; row >= 0; row--) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int column = 0; column < 3; column++) {
                int box = box(row, column);
                BoxCount count = byBox.get(box);
                cells.add(Rows.of(
                        "box",
                        box,
                        "count",
                        count == null ? 0 : count.count(),
                        "percent",
                        count == null ? "0" : percent(count.percent()),
                        "guideline",
                        count == null || count.guidelinePercent() == null ? null : percent(count.guidelinePercent())));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int box(int performanceRow, int potentialColumn) {
        for (int box = 1; box <= 9; box++) {
            if (NineBox.performanceRow(box) == performanceRow && NineBox.potentialColumn(box) == potentialColumn) {
                return box;
            }
        }
        throw new IllegalStateException("No box at " + performanceRow + "/" + potentialColumn);
    }

    /**
     * Mapped members by final box, 9 first, by name within a box, one line each (NIP, name, performance / potential,
     * the calibration move): a line of text lays out several times faster in the PDF than a table row, which is what
     * keeps a 60,000-member report within seconds.
     */
    private static List<Map<String, Object>> members(
            List<TalentResult> results, Map<String, CalibrationMove> moves, Map<String, String> names) {
        Map<Integer, List<String>> byBox = new LinkedHashMap<>();
        for (int box = 9; box >= 1; box--) {
            byBox.put(box, new ArrayList<>());
        }
        results.stream()
                .filter(TalentResult::mapped)
                .sorted(Comparator.comparing((TalentResult r) -> names.getOrDefault(r.nip(), r.nip()))
                        .thenComparing(TalentResult::nip))
                .forEach(r -> {
                    CalibrationMove move = moves.get(r.nip());
                    int box = move == null ? r.mappedBox() : move.toBox();
                    Objects.requireNonNull(byBox.get(box), "boxes 1 to 9 are all there")
                            .add(r.nip() + "  " + names.getOrDefault(r.nip(), r.nip()) + "  "
                                    + Rows.number(r.performance()) + " / " + Rows.number(r.potential())
                                    + (move == null ? "" : "  (" + move.fromBox() + " \u2192 " + box + ")"));
                });
        List<Map<String, Object>> groups = new ArrayList<>();
        byBox.forEach((box, members) -> {
            if (!members.isEmpty()) {
                groups.add(Rows.of("box", box, "lines", members));
            }
        });
        return groups;
    }

    private static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
