package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.CalibrationMove;
import id.meritasn.assessment.AssessmentRecords.TalentMap;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.ExportSource;
import id.meritasn.employee.EmployeeFilter;
import id.meritasn.employee.EmployeeService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The talent map's members of a period as a spreadsheet (XLSX): one row per employee in the map, mapped or not, with
 * the computed and the final box, the axis scores, what is missing, the calibration reason and whether the result is
 * provisional. Whole agency or one unit with its sub-units; the map's readers may export it.
 */
@Component
class TalentMapMembersExport implements ExportSource {

    private final TalentMapService talentMaps;
    private final CalibrationService calibration;
    private final AssessmentService assessments;
    private final EmployeeService employees;

    TalentMapMembersExport(
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
        return "TALENT_MAP_MEMBERS";
    }

    @Override
    public DocumentModel describe(String agency, DocumentRequest request) {
        long periodId = request.requirePeriod();
        TalentMap summary = talentMaps.talentMapSummary(agency, periodId);
        AssessmentPeriod period = TalentMapReport.period(assessments, agency, periodId);
        String unit = request.unit();
        String scope = unit == null ? "seluruh instansi" : "unit " + unit + " dan sub-unitnya";
        int mapped = summary.boxes().stream()
                .mapToInt(AssessmentRecords.BoxCount::count)
                .sum();
        return new DocumentModel(
                "Anggota peta talenta periode " + period.name() + " (" + scope + ")",
                "Daftar anggota peta talenta periode " + period.name() + ", " + scope,
                Map.of("period", period.name(), "scope", scope, "mapped", mapped, "notMapped", summary.notMapped()));
    }

    @Override
    public List<String> header() {
        return List.of(
                "NIP",
                "Nama",
                "Dipetakan",
                "Kotak hitung",
                "Kotak akhir",
                "Kinerja",
                "Potensi",
                "Data belum lengkap",
                "Alasan kalibrasi",
                "Sementara (belum divalidasi)");
    }

    @Override
    public void rows(String agency, DocumentRequest request, Consumer<List<?>> row) {
        long periodId = request.requirePeriod();
        String unit = request.unit();
        TalentMap map = unit == null
                ? talentMaps.talentMap(agency, periodId)
                : talentMaps.talentMap(agency, periodId, new EmployeeFilter(unit, null, null, null, null, null, null));
        List<TalentResult> members = new ArrayList<>(map.members());
        members.sort(Comparator.comparing(TalentResult::nip));
        Set<String> provisional = Set.copyOf(map.provisional());
        // names and moves a slice at a time, so a large agency never holds two copies of everything
        for (int from = 0; from < members.size(); from += 2_000) {
            List<TalentResult> slice = members.subList(from, Math.min(members.size(), from + 2_000));
            List<String> nips = slice.stream().map(TalentResult::nip).toList();
            Map<String, String> names = new HashMap<>();
            employees.findAll(agency, nips).forEach(e -> names.put(e.nip(), e.fullName()));
            Map<String, CalibrationMove> moves = calibration.moves(agency, periodId, nips);
            for (TalentResult r : slice) {
                CalibrationMove move = moves.get(r.nip());
                row.accept(Arrays.asList(
                        r.nip(),
                        names.getOrDefault(r.nip(), r.nip()),
                        r.mapped() ? "ya" : "tidak",
                        r.box(),
                        move == null ? r.box() : Integer.valueOf(move.toBox()),
                        r.performance(),
                        r.potential(),
                        MissingInput.indonesian(r.missing()),
                        move == null ? null : move.reason(),
                        provisional.contains(r.nip()) ? "ya" : null));
            }
        }
    }
}
