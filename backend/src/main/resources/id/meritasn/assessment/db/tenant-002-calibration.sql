--liquibase formatted sql

--changeset meritasn:assessment-tenant-002
-- Calibration: the committee moves an employee to another box with a written reason; the computed box stays in
-- talent_result, the move is kept here. CALIBRATED locks the period; PUBLISHED shows employees their own result.
ALTER TABLE assessment_period DROP CONSTRAINT assessment_period_status_check;
ALTER TABLE assessment_period ADD CONSTRAINT assessment_period_status_check
    CHECK (status IN ('OPEN', 'CALIBRATING', 'CALIBRATED', 'PUBLISHED'));
ALTER TABLE assessment_period ADD COLUMN published_at timestamptz;

CREATE TABLE calibration_move (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_id bigint      NOT NULL REFERENCES assessment_period (id),
    nip       char(18)    NOT NULL REFERENCES employee (nip),
    from_box  smallint    NOT NULL CHECK (from_box BETWEEN 1 AND 9),
    to_box    smallint    NOT NULL CHECK (to_box BETWEEN 1 AND 9),
    reason    text        NOT NULL CHECK (length(reason) >= 10),
    moved_by  text        NOT NULL,
    moved_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calibration_move_period_idx ON calibration_move (period_id, nip, id);
