package id.meritasn.assessment;

import id.meritasn.assessment.CommunityFeedbackService.Status;
import id.meritasn.assessment.CommunityFeedbackService.Submission;
import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.ExportSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Moderated community input of a period (XLSX): each approved or rejected submission about an employee, with the
 * moderator's decision and reason; never who submitted it. Tenant admins, who moderate, may export it.
 */
@Component
class CommunityInputExport implements ExportSource {

    private static final int PAGE = 1_000;

    private final CommunityFeedbackService community;

    CommunityInputExport(CommunityFeedbackService community) {
        this.community = community;
    }

    @Override
    public String kind() {
        return "COMMUNITY_INPUT";
    }

    @Override
    public DocumentModel describe(String agency, DocumentRequest request) {
        long periodId = request.requirePeriod();
        community.queue(agency, periodId, Status.APPROVED, null, 1);
        return new DocumentModel(
                "Masukan masyarakat yang telah dimoderasi",
                "Rekap masukan masyarakat periode " + periodId,
                Map.of("period", periodId));
    }

    @Override
    public List<String> header() {
        return List.of("NIP pegawai", "Kanal", "Skor", "Komentar", "Status", "Diterima", "Moderator", "Alasan");
    }

    @Override
    public void rows(String agency, DocumentRequest request, Consumer<List<?>> row) {
        long periodId = request.requirePeriod();
        for (Status status : List.of(Status.APPROVED, Status.REJECTED)) {
            Long after = null;
            while (true) {
                List<Submission> page = community.queue(agency, periodId, status, after, PAGE);
                page.forEach(s -> row.accept(Arrays.asList(
                        s.nip(),
                        s.channel(),
                        s.score(),
                        s.comment(),
                        s.status().name(),
                        s.submittedAt().toLocalDate(),
                        s.moderatedBy(),
                        s.moderationReason())));
                if (page.size() < PAGE) {
                    break;
                }
                after = page.getLast().id();
            }
        }
    }
}
