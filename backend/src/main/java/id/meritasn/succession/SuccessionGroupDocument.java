package id.meritasn.succession;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentSource;
import id.meritasn.document.Rows;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The succession group of a target position (kelompok rencana suksesi), PDF: every pool member ranked for the
 * position with each eligibility rule, its reason and what would close the gap, and the slate if one was nominated.
 */
@Component
class SuccessionGroupDocument implements DocumentSource {

    private final SuccessionDocuments cases;

    SuccessionGroupDocument(SuccessionDocuments cases) {
        this.cases = cases;
    }

    @Override
    public String kind() {
        return "SUCCESSION_GROUP";
    }

    @Override
    public String template() {
        return "id/meritasn/succession/documents/succession-group.html";
    }

    @Override
    public DocumentModel model(String agency, DocumentRequest request) {
        SuccessionCase found = cases.requireCase(agency, request);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("position", SuccessionDocuments.position(found.position()));
        data.put("status", found.status().name());
        data.put(
                "candidates",
                cases.candidates(agency, found.id()).stream()
                        .map(c -> Rows.of(
                                "rank",
                                c.rank(),
                                "nip",
                                c.nip(),
                                "name",
                                c.name(),
                                "golongan",
                                c.golongan(),
                                "current",
                                c.currentPosition() == null ? "-" : c.currentPosition(),
                                "box",
                                c.box(),
                                "talentScore",
                                Rows.number(c.talentScore()),
                                "jpm",
                                Rows.number(c.jpm()),
                                "eligibility",
                                c.eligibility().name(),
                                "checks",
                                c.checks().stream()
                                        .map(SuccessionDocuments::check)
                                        .toList()))
                        .toList());
        data.put("slate", SuccessionDocuments.candidates(found.slate()));
        return new DocumentModel(
                "Kelompok rencana suksesi " + found.position().name(),
                "Kelompok rencana suksesi jabatan " + found.position().name() + " ("
                        + found.position().code() + ")",
                data);
    }
}
