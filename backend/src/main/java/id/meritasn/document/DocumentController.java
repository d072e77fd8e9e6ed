package id.meritasn.document;

import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.graphql.FieldInvalid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of the paperwork: issue a document or export, list the kinds, verify a code (public). */
@Controller
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    record IssueDocumentInput(
            String kind,
            @Nullable Long periodId,
            @Nullable String unitCode,
            @Nullable String positionLevel,
            @Nullable String nip,
            @Nullable Long caseId,
            @Nullable Long sessionId,
            @Nullable String requestId,
            DocumentRequest.@Nullable EmployeeList employees,
            @Nullable String language) {}

    record IssueDocumentPayload(@Nullable IssuedDocument document, List<FieldInvalid> errors) {}

    @QueryMapping
    List<String> documentKinds() {
        return documents.kinds();
    }

    @QueryMapping
    DocumentVerification verifyDocument(@Argument String code) {
        return documents.verify(code);
    }

    @MutationMapping
    IssueDocumentPayload issueDocument(
            @Argument IssueDocumentInput input, Authentication caller, @CurrentAgency String agency) {
        try {
            return new IssueDocumentPayload(
                    documents.issue(
                            agency,
                            input.kind().trim(),
                            new DocumentRequest(
                                    input.periodId(),
                                    input.unitCode(),
                                    input.positionLevel(),
                                    input.nip(),
                                    input.caseId(),
                                    input.sessionId(),
                                    input.requestId(),
                                    input.employees()),
                            input.language(),
                            caller.getName()),
                    List.of());
        } catch (DocumentRefused refused) {
            return new IssueDocumentPayload(
                    null,
                    List.of(new FieldInvalid(
                            refused.getMessage(), refused.field() == null ? "kind" : refused.field())));
        }
    }
}
