--liquibase formatted sql

--changeset meritasn:tenant-008-discipline-input
-- Discipline status is an input of its own (DOMAIN.md: missing data is missing, not clean): "no sanction" declared
-- for a period with its evidence. Sanctions themselves stay employee records (riwayat hukuman disiplin).
ALTER TABLE assessment_input DROP CONSTRAINT assessment_input_kind_check;
ALTER TABLE assessment_input ADD CONSTRAINT assessment_input_kind_check
    CHECK (kind IN ('SKP', 'COMPETENCY', 'POTENTIAL', 'FIELD_FIT', 'DISCIPLINE'));
