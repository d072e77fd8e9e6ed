--liquibase formatted sql

--changeset meritasn:assessment-tenant-004
-- A digest of everything a result says (rubric version, scores, box, missing items, explanation), so a full recompute
-- decides "changed or not" from one narrow read of the period instead of reading every explanation back.
-- A result stored before this change has none; the next recompute stores one new version with it.
ALTER TABLE talent_result ADD COLUMN result_hash text;
-- The explanation is written once per version and read back whole, never queried inside: plain json stores the text
-- as it is, without jsonb's conversion on every insert (a full recompute writes tens of thousands).
ALTER TABLE talent_result ALTER COLUMN explanation TYPE json;
