package id.meritasn.document;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.tenancy.AgencyService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Follows a download link: renders the document's PDF or writes its XLSX from the request it was issued with, as the
 * agency's system actor (the person's role checks ran when it was issued, minutes before). The link is the
 * authorisation: 32 random bytes, valid for {@value DocumentService#LINK_MINUTES} minutes.
 */
@Service
public class DocumentDownloads {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentService documents;
    private final IssuedDocumentRepository issued;
    private final PdfRenderer pdf;
    private final AgencyService agencies;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    DocumentDownloads(
            DocumentService documents,
            IssuedDocumentRepository issued,
            PdfRenderer pdf,
            AgencyService agencies,
            AuditLog audit,
            PlatformTransactionManager transactions,
            ObjectMapper json,
            Clock clock) {
        this.documents = documents;
        this.issued = issued;
        this.pdf = pdf;
        this.agencies = agencies;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /** The file behind a link, or empty when the link is unknown or has expired. */
    public Optional<DocumentFile> open(String token) {
        var found = issued.byToken(token).filter(d -> d.tokenExpires().isAfter(OffsetDateTime.now(clock)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var document = found.get();
        DocumentRequest request = json.readValue(document.params(), DocumentRequest.class);
        String name = document.kind().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + document.code();
        if (document.format().equals("PDF")) {
            return Optional.of(new DocumentFile(
                    name + ".pdf",
                    "application/pdf",
                    out -> SystemActor.callForAgency(document.agency(), () -> {
                        DocumentModel model = documents.model(document.agency(), document.kind(), request);
                        rehashIfChanged(document, model);
                        // issued for a kind the platform knows, so its source is there
                        DocumentSource source = Objects.requireNonNull(documents.document(document.kind()));
                        @SuppressWarnings("unchecked")
                        List<Map<String, Object>> parts = (List<Map<String, Object>>)
                                model.visuals().getOrDefault(DocumentSource.APPENDIX, List.of());
                        pdf.pdf(
                                source.template(),
                                variables(document, model),
                                Locale.forLanguageTag(document.language()),
                                source.appendixTemplate(),
                                parts,
                                out);
                        generated(document);
                        return null;
                    })));
        }
        ExportSource export = Objects.requireNonNull(documents.export(document.kind()));
        return Optional.of(new DocumentFile(
                name + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> SystemActor.callForAgency(document.agency(), () -> {
                    DocumentModel model = export.describe(document.agency(), request);
                    rehashIfChanged(document, model);
                    XlsxWriter.write(
                            sheetName(document.kind()),
                            List.of(
                                    agencies.profile(document.agency()).displayName(),
                                    model.title(),
                                    "Kode verifikasi " + document.code() + " · " + documents.verifyUrl(document.code()),
                                    "Dibuat " + local(document) + " oleh " + document.issuedBy()),
                            export.header(),
                            row -> export.rows(document.agency(), request, row),
                            out);
                    generated(document);
                    return null;
                })));
    }

    /** The hash of the data the file shows: set when it is first made, and again if the data changed since. */
    private void rehashIfChanged(IssuedDocumentRepository.Issued document, DocumentModel model) {
        String hash = ContentHash.of(model.data());
        if (!hash.equals(document.contentHash())) {
            issued.rehash(document.code(), hash);
        }
    }

    private void generated(IssuedDocumentRepository.Issued document) {
        transaction.executeWithoutResult(status -> audit.record(
                SystemActor.NAME,
                "document.generated",
                document.agency(),
                Map.of("code", document.code(), "kind", document.kind(), "for", document.issuedBy())));
    }

    /** The frame's variables beside the document's own data: who issued what, when, and how to verify it. */
    private Map<String, Object> variables(IssuedDocumentRepository.Issued document, DocumentModel model) {
        Map<String, Object> variables = new HashMap<>(model.data());
        model.visuals().forEach((name, value) -> {
            if (!name.equals(DocumentSource.APPENDIX)) {
                variables.put(name, value);
            }
        });
        String url = documents.verifyUrl(document.code());
        var profile = agencies.profile(document.agency());
        Map<String, Object> doc = new HashMap<>(Map.of(
                "agency",
                profile.displayName(),
                "title",
                model.title(),
                "code",
                document.code(),
                "verifyUrl",
                url,
                "qr",
                VerificationCode.qrDataUri(url),
                "issuedAt",
                local(document),
                "issuedBy",
                document.issuedBy(),
                "language",
                document.language(),
                "baseUrl",
                documents.publicUrl()));
        // the emblem of the letterhead, where the agency set one (policy document.emblem, checked when set)
        profile.policies().stream()
                .filter(p -> p.name().equals(AgencyService.EMBLEM))
                .findFirst()
                .map(p -> json.readValue(p.valueJson(), String.class))
                .ifPresent(e -> doc.put("emblem", e));
        variables.put("doc", doc);
        return variables;
    }

    /** When it was issued, on the agency's clock. */
    private String local(IssuedDocumentRepository.Issued document) {
        ZoneId zone = clock.getZone();
        return WHEN.format(document.issuedAt().atZoneSameInstant(zone)) + " " + zone.getId();
    }

    private static String sheetName(String kind) {
        String name = kind.replace('_', ' ');
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
