package id.meritasn.document;

import static id.meritasn.jooq.platform.Tables.ISSUED_DOCUMENT;

import id.meritasn.jooq.platform.tables.records.IssuedDocumentRecord;
import id.meritasn.shared.db.Shards;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** platform.issued_document, always on the default server (like the platform audit), in statements of their own. */
@Repository
class IssuedDocumentRepository {

    record Issued(
            String code,
            String agency,
            String kind,
            String format,
            String title,
            String publicSubject,
            String params,
            String language,
            OffsetDateTime issuedAt,
            String issuedBy,
            String contentHash,
            OffsetDateTime tokenExpires) {}

    private final DSLContext platform;

    IssuedDocumentRepository(DSLContext dsl, Shards shards) {
        this.platform = DSL.using(shards.defaultDataSource(), dsl.dialect());
    }

    void insert(Issued document, String token) {
        platform.insertInto(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.CODE, document.code())
                .set(ISSUED_DOCUMENT.TENANT_KEY, document.agency())
                .set(ISSUED_DOCUMENT.KIND, document.kind())
                .set(ISSUED_DOCUMENT.FORMAT, document.format())
                .set(ISSUED_DOCUMENT.TITLE, document.title())
                .set(ISSUED_DOCUMENT.PUBLIC_SUBJECT, document.publicSubject())
                .set(ISSUED_DOCUMENT.PARAMS, JSONB.valueOf(document.params()))
                .set(ISSUED_DOCUMENT.LANGUAGE, document.language())
                .set(ISSUED_DOCUMENT.ISSUED_AT, document.issuedAt())
                .set(ISSUED_DOCUMENT.ISSUED_BY, document.issuedBy())
                .set(ISSUED_DOCUMENT.CONTENT_HASH, document.contentHash())
                .set(ISSUED_DOCUMENT.DOWNLOAD_TOKEN, token)
                .set(ISSUED_DOCUMENT.TOKEN_EXPIRES, document.tokenExpires())
                .execute();
    }

    Optional<Issued> byCode(String code) {
        return platform.selectFrom(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.CODE.eq(code))
                .fetchOptional(this::issued);
    }

    Optional<Issued> byToken(String token) {
        return platform.selectFrom(ISSUED_DOCUMENT)
                .where(ISSUED_DOCUMENT.DOWNLOAD_TOKEN.eq(token))
                .fetchOptional(this::issued);
    }

    /** What the download rendered, when the data changed in the minutes since the document was issued. */
    void rehash(String code, String contentHash) {
        platform.update(ISSUED_DOCUMENT)
                .set(ISSUED_DOCUMENT.CONTENT_HASH, contentHash)
                .where(ISSUED_DOCUMENT.CODE.eq(code))
                .execute();
    }

    private Issued issued(IssuedDocumentRecord r) {
        return new Issued(
                r.getCode(),
                r.getTenantKey(),
                r.getKind(),
                r.getFormat(),
                r.getTitle(),
                r.getPublicSubject(),
                r.getParams().data(),
                r.getLanguage(),
                r.getIssuedAt(),
                r.getIssuedBy(),
                r.getContentHash(),
                r.getTokenExpires());
    }
}
