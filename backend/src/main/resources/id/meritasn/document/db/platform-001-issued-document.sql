--liquibase formatted sql

--changeset meritasn:document-platform-001
-- Every document the platform issued: what, for whom in its public form, when, by whom, and the hash of the data it
-- showed (the public verification page compares it with the data now). download_token: a short-lived link to fetch
-- the file, which is rendered at download from the same request (params). On the default server, like the audit.
CREATE TABLE platform.issued_document (
    code           text        PRIMARY KEY CHECK (code ~ '^[A-Z2-9]{10}$'),
    tenant_key     text        NOT NULL,
    kind           text        NOT NULL,
    format         text        NOT NULL CHECK (format IN ('PDF', 'XLSX')),
    title          text        NOT NULL,
    public_subject text        NOT NULL,
    params         jsonb       NOT NULL,
    language       text        NOT NULL CHECK (language IN ('id', 'en')),
    issued_at      timestamptz NOT NULL DEFAULT now(),
    issued_by      text        NOT NULL,
    content_hash   text        NOT NULL,
    download_token text        NOT NULL UNIQUE,
    token_expires  timestamptz NOT NULL
);
CREATE INDEX issued_document_tenant_idx ON platform.issued_document (tenant_key, issued_at);
