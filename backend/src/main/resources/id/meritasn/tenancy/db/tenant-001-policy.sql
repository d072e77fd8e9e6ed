--liquibase formatted sql

--changeset meritasn:tenancy-tenant-001
-- Agency policy: the overrides an agency's manifest declares (succession slate size, community input, ...).
-- One row per policy name; features read their own names and fall back to the national default.
CREATE TABLE tenant_policy (
    name       text        PRIMARY KEY CHECK (name ~ '^[a-zA-Z][a-zA-Z0-9_.]{0,99}$'),
    value      jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
