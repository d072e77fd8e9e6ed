package id.meritasn.document;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.AgencyService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Issues documents and exports and verifies them. Issuing reads what the document is for the person who asks (the
 * feature's role checks decide), records it with a download link valid for ten minutes, and writes the audit entry;
 * the file is made when the link is followed ({@link DocumentDownloads}), which keeps the hash of the data it showed.
 * Verification is public: it reads the data again, as the agency's system actor, and says whether it still matches.
 */
@Service
public class DocumentService {

    static final long LINK_MINUTES = 10;
    /** The content hash of a document whose file was not made yet: it is the hash of what the download renders. */
    static final String NOT_MADE_YET = "";

    private final Map<String, DocumentSource> documents;
    private final Map<String, ExportSource> exports;
    private final IssuedDocumentRepository issued;
    private final AgencyService agencies;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final String publicUrl;

    DocumentService(
            List<DocumentSource> documents,
            List<ExportSource> exports,
            IssuedDocumentRepository issued,
            AgencyService agencies,
            AuditLog audit,
            PlatformTransactionManager transactions,
            ObjectMapper json,
            Clock clock,
            @Value("${meritasn.documents.public-url:http://localhost:8080}") String publicUrl) {
        this.documents = documents.stream().collect(Collectors.toMap(DocumentSource::kind, Function.identity()));
        this.exports = exports.stream().collect(Collectors.toMap(ExportSource::kind, Function.identity()));
        this.issued = issued;
        this.agencies = agencies;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The kinds there are, PDF documents first. */
    public List<String> kinds() {
        return Stream.concat(
                        documents.keySet().stream().sorted(),
                        exports.keySet().stream().sorted())
                .toList();
    }

    /**
     * Issues a document of {@code kind} for the caller. Refused ({@link DocumentRefused}) for an unknown kind or a
     * request the kind cannot take; AccessDeniedException when the caller may not read its data.
     */
    @PreAuthorize(Access.MEMBER)
    public IssuedDocument issue(
            String agency, String kind, DocumentRequest request, @Nullable String language, String actor) {
        String lang = language(language);
        DocumentSource document = documents.get(kind);
        ExportSource export = exports.get(kind);
        if (document == null && export == null) {
            throw new DocumentRefused(
                    "No document kind " + kind + "; the kinds are " + String.join(", ", kinds()) + ".", "kind");
        }
        DocumentModel model = document != null
                ? document.describe(agency, request)
                : Objects.requireNonNull(export).describe(agency, request);
        String format = document != null ? "PDF" : "XLSX";
        String code = VerificationCode.next();
        String token = VerificationCode.token();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(LINK_MINUTES, ChronoUnit.MINUTES);
        issued.insert(
                new IssuedDocumentRepository.Issued(
                        code,
                        agency,
                        kind,
                        format,
                        model.title(),
                        model.publicSubject(),
                        json.writeValueAsString(request),
                        lang,
                        now,
                        actor,
                        NOT_MADE_YET,
                        expires),
                token);
        transaction.executeWithoutResult(status -> audit.record(
                actor,
                "document.issued",
                agency,
                Map.of("code", code, "kind", kind, "format", format, "title", model.title())));
        return new IssuedDocument(code, kind, format, model.title(), "/documents/" + token, expires);
    }

    /** What the public page says of a code; anyone may ask. */
    public DocumentVerification verify(String code) {
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        var found = issued.byCode(wanted).orElse(null);
        if (found == null) {
            return new DocumentVerification(
                    wanted,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    "No document with this code was issued by the platform.");
        }
        // read as the agency's system actor: the caller is anonymous, and what leaves is only the public form
        return SystemActor.callForAgency(found.agency(), () -> {
            String agency = agencies.profile(found.agency()).displayName();
            if (found.contentHash().equals(NOT_MADE_YET)) {
                return new DocumentVerification(
                        found.code(),
                        true,
                        agency,
                        found.kind(),
                        found.title(),
                        found.publicSubject(),
                        found.issuedAt(),
                        false,
                        "Issued, but its file was never made (the"
                                + " download link was not followed): there is no printed content to compare.");
            }
            boolean changed;
            String note;
            try {
                DocumentRequest request = json.readValue(found.params(), DocumentRequest.class);
                changed = !ContentHash.of(
                                model(found.agency(), found.kind(), request).data())
                        .equals(found.contentHash());
                note = changed
                        ? "The records this document showed have changed since it was issued."
                        : "The records this document showed are unchanged.";
            } catch (RuntimeException e) {
                changed = true;
                note = "The records this document showed can no longer be read as they were (" + e.getMessage() + ").";
            }
            return new DocumentVerification(
                    found.code(),
                    true,
                    agency,
                    found.kind(),
                    found.title(),
                    found.publicSubject(),
                    found.issuedAt(),
                    changed,
                    note);
        });
    }

    /** The platform's public address, for the addresses a document prints. */
    String publicUrl() {
        return publicUrl;
    }

    /** The address the verification QR code and the printed text point to. */
    String verifyUrl(String code) {
        return publicUrl + "/verifikasi/" + code;
    }

    DocumentModel model(String agency, String kind, DocumentRequest request) {
        DocumentSource document = documents.get(kind);
        return document != null
                ? document.model(agency, request)
                : Objects.requireNonNull(exports.get(kind), kind).describe(agency, request);
    }

    @Nullable
    DocumentSource document(String kind) {
        return documents.get(kind);
    }

    @Nullable
    ExportSource export(String kind) {
        return exports.get(kind);
    }

    static String language(@Nullable String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "id";
    }
}
