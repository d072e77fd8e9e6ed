package id.meritasn.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.hilla.BrowserCallable;
import id.meritasn.document.DocumentService;
import id.meritasn.document.DocumentVerification;
import org.jspecify.annotations.NonNull;

/** The public verification page (no login): what a document's code stands for and whether its records changed. */
@BrowserCallable
@AnonymousAllowed
class DocumentVerificationBrowserService {

    private final DocumentService documents;

    DocumentVerificationBrowserService(DocumentService documents) {
        this.documents = documents;
    }

    public @NonNull DocumentVerification verify(@NonNull String code) {
        return documents.verify(code);
    }
}
