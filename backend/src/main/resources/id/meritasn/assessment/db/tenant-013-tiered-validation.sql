--liquibase formatted sql

--changeset meritasn:assessment-tenant-013
-- Tiered assessment (berjenjang, Jakarta Pusat): where the agency's policy assessment.tiers is above 0, an input is
-- PROVISIONAL when entered or changed, and becomes VALIDATED once the holder of each tier above the one who entered
-- it agreed, in order (tiers_done counts them); a tier holder may send it back (SENT_BACK) with a reason, and the
-- input starts over when it is entered again. Agencies without tiers keep every input VALIDATED, as before.
ALTER TABLE assessment_input ADD COLUMN state text NOT NULL DEFAULT 'VALIDATED'
    CHECK (state IN ('PROVISIONAL', 'VALIDATED', 'SENT_BACK'));
ALTER TABLE assessment_input ADD COLUMN tiers_done smallint NOT NULL DEFAULT 0 CHECK (tiers_done >= 0);
CREATE INDEX assessment_input_unvalidated_idx ON assessment_input (period_id, nip) WHERE state <> 'VALIDATED';

-- Every validation step, kept: who agreed or sent back which input at which tier, and why.
CREATE TABLE assessment_validation (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_id  bigint      NOT NULL,
    nip        char(18)    NOT NULL,
    kind       text        NOT NULL,
    tier       smallint    NOT NULL CHECK (tier >= 1),
    decision   text        NOT NULL CHECK (decision IN ('VALIDATED', 'SENT_BACK')),
    reason     text        CHECK (decision <> 'SENT_BACK' OR length(trim(reason)) >= 10),
    decided_by text        NOT NULL,
    decided_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (period_id, nip, kind) REFERENCES assessment_input (period_id, nip, kind)
);
CREATE INDEX assessment_validation_input_idx ON assessment_validation (period_id, nip, kind, id);
