--liquibase formatted sql

--changeset meritasn:audit-platform-001
-- Platform-level actions (provision, suspend, resume, upgrade). Append-only: the application never updates or deletes.
CREATE TABLE platform.audit_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    action      text        NOT NULL,
    tenant_key  text,
    detail      jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_event_tenant_idx ON platform.audit_event (tenant_key, occurred_at);
