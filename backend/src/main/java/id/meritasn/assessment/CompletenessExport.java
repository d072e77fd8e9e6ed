package id.meritasn.assessment;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.ExportSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Unit completeness of a period (XLSX): per unit, employees, mapped, not mapped and what is missing most. */
@Component
class CompletenessExport implements ExportSource {

    private final CompletenessReport unitReport;

    CompletenessExport(CompletenessReport unitReport) {
        this.unitReport = unitReport;
    }

    @Override
    public String kind() {
        return "UNIT_COMPLETENESS";
    }

    @Override
    public DocumentModel describe(String agency, DocumentRequest request) {
        var units = unitReport.completeness(agency, request.requirePeriod());
        return new DocumentModel(
                "Kelengkapan data per unit",
                "Laporan kelengkapan data penilaian per unit",
                Map.of(
                        "units",
                        units.size(),
                        "notMapped",
                        units.stream().mapToInt(u -> u.notMapped()).sum()));
    }

    @Override
    public List<String> header() {
        return List.of("Kode unit", "Unit", "Pegawai", "Dipetakan", "Belum dipetakan", "Data yang kurang");
    }

    @Override
    public void rows(String agency, DocumentRequest request, Consumer<List<?>> row) {
        unitReport
                .completeness(agency, request.requirePeriod())
                .forEach(u -> row.accept(Arrays.asList(
                        u.unitCode(),
                        u.unitName(),
                        u.employees(),
                        u.mapped(),
                        u.notMapped(),
                        u.missing().stream()
                                .map(m -> MissingInput.describe(m.item()).indonesian() + " (" + m.employees() + ")")
                                .collect(Collectors.joining("; ")))));
    }
}
