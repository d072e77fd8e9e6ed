--liquibase formatted sql

--changeset meritasn:imports-tenant-001
-- A refused row's reason as a code with its arguments and in both languages (shared/text/Text), so the operator reads
-- it in the language the UI speaks. message stays the English text; rows refused before this have no code, and read
-- back in English only (ImportJobRepository.rowErrors).
ALTER TABLE import_row_error
    ADD COLUMN code       text,
    ADD COLUMN args       jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN message_id text;
