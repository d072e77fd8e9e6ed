--liquibase formatted sql

--changeset meritasn:employee-tenant-003
-- Import jobs serve other bulk files too (assessment inputs of a period): target names what the rows become, params
-- holds what the target needs besides the file (the period). Existing jobs are employee imports.
ALTER TABLE import_job ADD COLUMN target text NOT NULL DEFAULT 'EMPLOYEES';
ALTER TABLE import_job ADD COLUMN params jsonb NOT NULL DEFAULT '{}';
CREATE INDEX import_job_target_idx ON import_job (target, created_at DESC);
