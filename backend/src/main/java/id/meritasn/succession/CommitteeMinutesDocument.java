package id.meritasn.succession;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentSource;
import id.meritasn.document.Rows;
import id.meritasn.succession.SuccessionRecords.CommitteeSession;
import id.meritasn.succession.SuccessionRecords.Slate;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The minutes (berita acara) of a talent-committee session, PDF: attendance and quorum, declared conflicts of
 * interest, the slates the session nominated with the reason for each place, and the minutes recorded.
 */
@Component
class CommitteeMinutesDocument implements DocumentSource {

    private final CommitteeService committee;
    private final SuccessionService succession;

    CommitteeMinutesDocument(CommitteeService committee, SuccessionService succession) {
        this.committee = committee;
        this.succession = succession;
    }

    @Override
    public String kind() {
        return "COMMITTEE_MINUTES";
    }

    @Override
    public String template() {
        return "id/meritasn/succession/documents/committee-minutes.html";
    }

    @Override
    public DocumentModel model(String agency, DocumentRequest request) {
        if (request.sessionId() == null) {
            throw new DocumentRefused("Minutes are of one committee session: give sessionId.", "sessionId");
        }
        CommitteeSession session = committee.sessions(agency).stream()
                .filter(s -> s.id() == request.sessionId())
                .findFirst()
                .orElseThrow(() -> new DocumentRefused(
                        "No committee session " + request.sessionId() + " in this agency.", "sessionId"));
        List<SuccessionCase> nominated = succession.cases(agency, null).stream()
                .filter(c -> c.slate() != null && c.slate().sessionId() == session.id())
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "session",
                Rows.of(
                        "title",
                        session.title(),
                        "heldOn",
                        session.heldOn().toString(),
                        "quorum",
                        session.quorum(),
                        "present",
                        session.present(),
                        "quorumMet",
                        session.quorumMet(),
                        "minutes",
                        session.minutes() == null ? "" : session.minutes(),
                        "closed",
                        session.closedAt() != null));
        data.put(
                "members",
                session.members().stream()
                        .map(m -> Rows.of(
                                "name",
                                m.name(),
                                "username",
                                m.username(),
                                "role",
                                m.role().name(),
                                "present",
                                m.present()))
                        .toList());
        data.put(
                "conflicts",
                session.conflicts().stream()
                        .map(c -> Rows.of("username", c.username(), "nip", c.nip(), "reason", c.reason()))
                        .toList());
        data.put(
                "slates",
                nominated.stream()
                        .map(c -> slateRow(c, Objects.requireNonNull(c.slate(), "filtered to cases with a slate")))
                        .toList());
        return new DocumentModel(
                "Berita acara sidang komite talenta: " + session.title(),
                "Berita acara sidang komite talenta \"" + session.title() + "\" tanggal " + session.heldOn(),
                data);
    }

    /** A nominated case's slate as the minutes list it. */
    private static Map<String, Object> slateRow(SuccessionCase c, Slate slate) {
        return Rows.of(
                "position",
                SuccessionDocuments.position(c.position()),
                "nominatedBy",
                slate.nominatedBy(),
                "candidates",
                SuccessionDocuments.candidates(slate));
    }
}
