--liquibase formatted sql

--changeset meritasn:assessment-tenant-012
-- A period's compute runs in chunks, each committed on its own. The request is recorded (committed) before the first
-- chunk and cleared after the last, so a compute the process did not finish (killed, restarted) is found and run again
-- at the next start: recomputing is safe to repeat (chunks already done change nothing the second time).
ALTER TABLE assessment_period ADD COLUMN compute_requested_at timestamptz;
ALTER TABLE assessment_period ADD COLUMN compute_requested_by text;
