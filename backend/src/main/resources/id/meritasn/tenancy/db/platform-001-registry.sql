--liquibase formatted sql

--changeset meritasn:tenancy-platform-001
CREATE SCHEMA IF NOT EXISTS platform;

-- The tenant registry. The key rules are enforced in Java with specific messages (TenantKeyRules);
-- the CHECK constraints are the last line of defence if some path skips them.
CREATE TABLE platform.tenant (
    key               text        PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]{2,39}$'),
    display_name      text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    kind              text        NOT NULL CHECK (kind IN ('kota', 'kabupaten', 'provinsi', 'kementerian', 'lembaga')),
    region            text        NOT NULL CHECK (length(region) BETWEEN 1 AND 100),
    parent_key        text        REFERENCES platform.tenant (key),
    status            text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    schema_name       text        NOT NULL UNIQUE CHECK (schema_name = 't_' || key),
    schema_version    text        NOT NULL,
    shard_id          text        NOT NULL DEFAULT 'primary',
    created_at        timestamptz NOT NULL DEFAULT now(),
    status_changed_at timestamptz NOT NULL DEFAULT now()
);

-- The upgrade check asks "which tenants are not at version V": keep it an index scan at 600+ tenants.
CREATE INDEX tenant_schema_version_idx ON platform.tenant (schema_version);
