package id.meritasn.succession;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentSource;
import id.meritasn.document.Rows;
import id.meritasn.succession.SuccessionRecords.PublicAnnouncement;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The public announcement of a case as a notice to print for the board: the same content as the public page (masked
 * NIPs, names, current positions, the objection deadline and where to object).
 */
@Component
class AnnouncementNoticeDocument implements DocumentSource {

    private final SuccessionDocuments cases;
    private final PublicAnnouncementService announcements;

    AnnouncementNoticeDocument(SuccessionDocuments cases, PublicAnnouncementService announcements) {
        this.cases = cases;
        this.announcements = announcements;
    }

    @Override
    public String kind() {
        return "ANNOUNCEMENT_NOTICE";
    }

    @Override
    public String template() {
        return "id/meritasn/succession/documents/announcement-notice.html";
    }

    @Override
    public DocumentModel model(String agency, DocumentRequest request) {
        SuccessionCase found = cases.requireCase(agency, request);
        if (found.announcement() == null) {
            throw new DocumentRefused(
                    "Case " + found.id() + " has not been announced: there is no notice to print.", "caseId");
        }
        PublicAnnouncement notice = announcements.announcements(agency).stream()
                .filter(a -> a.id() == found.announcement().id())
                .findFirst()
                .orElseThrow(() -> new DocumentRefused(
                        "The announcement of case " + found.id() + " is no longer public (its objection period ended).",
                        "caseId"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("position", notice.position());
        data.put("unit", notice.unit() == null ? "-" : notice.unit());
        data.put("announcedOn", notice.announcedOn().toString());
        data.put("objectionDeadline", notice.objectionDeadline().toString());
        data.put("agencyKey", agency);
        data.put(
                "candidates",
                notice.candidates().stream()
                        .map(c -> Rows.of(
                                "rank",
                                c.rank(),
                                "name",
                                c.name(),
                                "maskedNip",
                                c.maskedNip(),
                                "current",
                                c.currentPosition() == null ? "-" : c.currentPosition(),
                                "selected",
                                c.selected()))
                        .toList());
        return new DocumentModel(
                "Pengumuman hasil seleksi: " + notice.position(),
                "Pengumuman publik calon pengganti jabatan " + notice.position(),
                data);
    }
}
