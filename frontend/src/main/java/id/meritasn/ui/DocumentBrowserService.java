package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.document.DocumentRefused;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * "Unduh PDF" and "Unduh Excel": issues a document for the signed-in user (the data's role checks apply) and returns
 * the link the browser then follows. A refusal comes back as {@code problem} with the field it concerns.
 */
@BrowserCallable
@PermitAll
class DocumentBrowserService {

    private final DocumentService documents;

    DocumentBrowserService(DocumentService documents) {
        this.documents = documents;
    }

    record Issued(
            @Nullable String code,
            @Nullable String downloadPath,
            @Nullable String problem,
            @Nullable String field) {}

    /** What the document is about: each kind reads the fields it needs. */
    record Ask(
            @Nullable Long periodId,
            @Nullable String unitCode,
            @Nullable String nip,
            @Nullable Long caseId,
            @Nullable Long sessionId,
            @Nullable String requestId,
            @Nullable String positionLevel,
            DocumentRequest.@Nullable EmployeeList employees) {}

    public @NonNull Issued issue(@NonNull String kind, @NonNull Ask ask, @Nullable String language) {
        try {
            var issued = documents.issue(
                    UiCaller.agency(),
                    kind,
                    new DocumentRequest(
                            ask.periodId(),
                            ask.unitCode(),
                            ask.positionLevel(),
                            ask.nip(),
                            ask.caseId(),
                            ask.sessionId(),
                            ask.requestId(),
                            ask.employees()),
                    language == null ? "id" : language,
                    UiCaller.username());
            return new Issued(issued.code(), issued.downloadPath(), null, null);
        } catch (DocumentRefused refused) {
            return new Issued(null, null, refused.getMessage(), refused.field());
        }
    }
}
