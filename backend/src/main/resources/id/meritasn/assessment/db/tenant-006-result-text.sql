--liquibase formatted sql

--changeset meritasn:assessment-tenant-006
-- Two costs of every stored result that bought nothing (measured on the 60,000-employee talent-map benchmark, where a
-- full recompute writes 60,000 rows in one go; COPY of those rows alone: 0.97 s before, 0.72 s after):
-- * the explanation is produced by our own JSON writer, read back whole and never queried inside, so PostgreSQL's
--   JSON check on input (a full parse of each 1-2 KB text) is work without a reader: it is stored as text;
-- * talent_result_box_idx (period_id, box) serves no query: every reader wants the latest version per employee, which
--   the primary key (period_id, nip, version) gives, and the box of an older version is never searched.
ALTER TABLE talent_result ALTER COLUMN explanation TYPE text;
DROP INDEX talent_result_box_idx;
