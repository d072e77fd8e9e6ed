package id.meritasn.succession;

import id.meritasn.document.DocumentModel;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentSource;
import id.meritasn.document.Rows;
import id.meritasn.succession.SuccessionRecords.Decision;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The draft of the PPK's decision (the appointment proposal), PDF: the position, the committee's slate, the chosen
 * candidate with their place on it and the reason the PPK recorded, as a draft for the agency's legal drafters.
 */
@Component
class DecisionDraftDocument implements DocumentSource {

    private final SuccessionDocuments cases;

    DecisionDraftDocument(SuccessionDocuments cases) {
        this.cases = cases;
    }

    @Override
    public String kind() {
        return "DECISION_DRAFT";
    }

    @Override
    public String template() {
        return "id/meritasn/succession/documents/decision-draft.html";
    }

    @Override
    public DocumentModel model(String agency, DocumentRequest request) {
        SuccessionCase found = cases.requireCase(agency, request);
        // the decision in force: the newest, which a correction replaces
        Decision decision = found.decisions().stream()
                .reduce((a, b) -> b)
                .orElseThrow(() -> new DocumentRefused(
                        "The PPK has not decided case " + found.id() + " yet: there is no decision to draft.",
                        "caseId"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("position", SuccessionDocuments.position(found.position()));
        data.put(
                "decision",
                Rows.of(
                        "nip",
                        decision.nip(),
                        "name",
                        decision.name(),
                        "rank",
                        decision.rank(),
                        "reason",
                        decision.reason() == null ? "" : decision.reason(),
                        "decidedBy",
                        decision.decidedBy(),
                        "decidedOn",
                        decision.decidedAt().toLocalDate().toString(),
                        "corrects",
                        decision.correctsId() != null));
        data.put("slate", SuccessionDocuments.candidates(found.slate()));
        return new DocumentModel(
                "Rancangan keputusan PPK: " + found.position().name(),
                "Rancangan keputusan pengangkatan pada jabatan "
                        + found.position().name(),
                data);
    }
}
