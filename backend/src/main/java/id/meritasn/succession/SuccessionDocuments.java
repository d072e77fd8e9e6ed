package id.meritasn.succession;

import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.Rows;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.Slate;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the succession documents share: reading a case for the person who asks (the succession readers: tenant admins,
 * the talent committee, the PPK) and turning a position and an eligibility check into template data, in the
 * document's language (checks carry both).
 */
@Component
class SuccessionDocuments {

    private final SuccessionService succession;

    SuccessionDocuments(SuccessionService succession) {
        this.succession = succession;
    }

    SuccessionCase requireCase(String agency, DocumentRequest request) {
        if (request.caseId() == null) {
            throw new DocumentRefused("This document is of one succession case: give caseId.", "caseId");
        }
        SuccessionCase found = succession.successionCase(agency, request.caseId());
        if (found == null) {
            throw new DocumentRefused("No succession case " + request.caseId() + " in this agency.", "caseId");
        }
        return found;
    }

    List<Candidate> candidates(String agency, long caseId) {
        return succession.candidates(agency, caseId);
    }

    static Map<String, Object> position(PositionRef position) {
        return Rows.of(
                "code",
                position.code(),
                "name",
                position.name(),
                "level",
                position.level(),
                "unit",
                position.unitName() == null ? "-" : position.unitName(),
                "critical",
                position.critical());
    }

    /** A slate's candidates in rank order, as the succession documents list them. */
    static List<Map<String, Object>> candidates(@Nullable Slate slate) {
        return slate == null
                ? List.of()
                : slate.candidates().stream()
                        .map(s -> Rows.of(
                                "rank",
                                s.rank(),
                                "nip",
                                s.nip(),
                                "name",
                                s.name(),
                                "readiness",
                                s.readiness().name(),
                                "orderReason",
                                s.orderReason() == null ? "" : s.orderReason()))
                        .toList();
    }

    /** A check with its reason and gap in both languages: the template picks the document's. */
    static Map<String, Object> check(Eligibility.Check check) {
        return Rows.of(
                "rule",
                check.rule().name(),
                "outcome",
                check.outcome().name(),
                "reasonId",
                check.reasonText().indonesian()
                        + (check.settledText() == null
                                ? ""
                                : " " + check.settledText().indonesian()),
                "reasonEn",
                check.reason(),
                "gapId",
                check.gapText() == null ? "" : check.gapText().indonesian(),
                "gapEn",
                check.gap() == null ? "" : check.gap());
    }
}
