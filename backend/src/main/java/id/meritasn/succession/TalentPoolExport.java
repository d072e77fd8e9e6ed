package id.meritasn.succession;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.ExportSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The talent pool of a published period (XLSX): members in rank order with box, talent score and why they rank so. */
@Component
class TalentPoolExport implements ExportSource {

    private final SuccessionPlanningService planning;

    TalentPoolExport(SuccessionPlanningService planning) {
        this.planning = planning;
    }

    @Override
    public String kind() {
        return "TALENT_POOL";
    }

    @Override
    public DocumentModel describe(String agency, DocumentRequest request) {
        long periodId = request.requirePeriod();
        int members = planning.talentPool(agency, periodId).size();
        return new DocumentModel(
                "Kelompok talenta periode " + periodId,
                "Daftar kelompok talenta instansi",
                Map.of("period", periodId, "members", members));
    }

    @Override
    public List<String> header() {
        return List.of(
                "Peringkat",
                "NIP",
                "Nama",
                "Golongan",
                "Jabatan sekarang",
                "Kotak",
                "Skor talenta",
                "Alasan peringkat");
    }

    @Override
    public void rows(String agency, DocumentRequest request, Consumer<List<?>> row) {
        var pool = planning.talentPool(agency, request.requirePeriod());
        for (int i = 0; i < pool.size(); i++) {
            var m = pool.get(i);
            row.accept(Arrays.asList(
                    i + 1,
                    m.nip(),
                    m.name(),
                    m.golongan(),
                    m.currentPosition(),
                    m.box(),
                    m.talentScore(),
                    m.rankReason()));
        }
    }
}
