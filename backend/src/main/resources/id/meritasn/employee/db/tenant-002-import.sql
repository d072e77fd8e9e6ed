--liquibase formatted sql

--changeset meritasn:employee-tenant-002
-- Bulk imports run as background jobs. The uploaded file is kept with the job so that a job interrupted by a crash
-- resumes from rows_done: rows are committed in chunks together with the progress counter, never one without the other.
CREATE TABLE import_job (
    id          uuid        PRIMARY KEY,
    file_name   text        NOT NULL,
    file_kind   text        NOT NULL CHECK (file_kind IN ('CSV', 'XLSX')),
    content     bytea       NOT NULL,
    status      text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    total_rows  int         NOT NULL DEFAULT 0,
    rows_done   int         NOT NULL DEFAULT 0,
    created     int         NOT NULL DEFAULT 0,
    updated     int         NOT NULL DEFAULT 0,
    unchanged   int         NOT NULL DEFAULT 0,
    refused     int         NOT NULL DEFAULT 0,
    failure     text,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX import_job_status_idx ON import_job (status) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE import_row_error (
    job_id     uuid NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number int  NOT NULL,
    field      text NOT NULL,
    value      text,
    message    text NOT NULL,
    PRIMARY KEY (job_id, row_number, field)
);
