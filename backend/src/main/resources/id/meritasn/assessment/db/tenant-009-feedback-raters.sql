--liquibase formatted sql

--changeset meritasn:tenant-009-feedback-raters
-- Who rates whom in a period's 360, derived from the organisation (source DERIVED) or added by an operator with a
-- reason (ADDED). An operator's removal keeps the row with its reason, so a later derivation does not bring the
-- rater back. The rater's group comes from here, never from the rater.
CREATE TABLE feedback_rater (
    period_id      bigint      NOT NULL REFERENCES assessment_period (id),
    ratee_nip      char(18)    NOT NULL REFERENCES employee (nip),
    rater_nip      char(18)    NOT NULL REFERENCES employee (nip),
    rater_group    text        NOT NULL CHECK (rater_group IN ('SUPERIOR', 'PEER', 'SUBORDINATE')),
    source         text        NOT NULL CHECK (source IN ('DERIVED', 'ADDED')),
    reason         text,
    removed        boolean     NOT NULL DEFAULT false,
    changed_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (period_id, ratee_nip, rater_nip),
    CHECK (ratee_nip <> rater_nip),
    CHECK (source = 'DERIVED' OR reason IS NOT NULL),
    CHECK (NOT removed OR reason IS NOT NULL)
);
CREATE INDEX feedback_rater_rater_idx ON feedback_rater (period_id, rater_nip);
