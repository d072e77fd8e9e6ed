--liquibase formatted sql

--changeset meritasn:assessment-tenant-001
-- Rubric versions of the agency; none means the national default. A version never changes once stored.
CREATE TABLE rubric_version (
    version        int         PRIMARY KEY,
    effective_from date        NOT NULL,
    rubric         jsonb       NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- Assessment periods, normally yearly: OPEN (inputs and computing), CALIBRATING (committee moves), PUBLISHED.
CREATE TABLE assessment_period (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL UNIQUE,
    as_of      date        NOT NULL,
    status     text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CALIBRATING', 'PUBLISHED')),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Inputs per employee and period, one row per kind, each with its evidence and who entered it.
CREATE TABLE assessment_input (
    period_id  bigint      NOT NULL REFERENCES assessment_period (id),
    nip        char(18)    NOT NULL REFERENCES employee (nip),
    kind       text        NOT NULL CHECK (kind IN ('SKP', 'COMPETENCY', 'POTENTIAL', 'FIELD_FIT')),
    payload    jsonb       NOT NULL,
    evidence   text        NOT NULL,
    entered_by text        NOT NULL,
    entered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (period_id, nip, kind)
);

-- 360-degree feedback: one score per rater per employee per period. The rater is kept only as a one-way reference so
-- a second answer replaces the first; no output ever shows it.
CREATE TABLE feedback_360 (
    period_id   bigint   NOT NULL REFERENCES assessment_period (id),
    nip         char(18) NOT NULL REFERENCES employee (nip),
    rater_ref   text     NOT NULL,
    rater_group text     NOT NULL CHECK (rater_group IN ('SUPERIOR', 'PEER', 'SUBORDINATE')),
    score       smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (period_id, nip, rater_ref)
);

-- Computed results. A recompute that changes anything adds a version; earlier versions stay visible.
CREATE TABLE talent_result (
    period_id      bigint        NOT NULL REFERENCES assessment_period (id),
    nip            char(18)      NOT NULL REFERENCES employee (nip),
    version        int           NOT NULL,
    rubric_version int           NOT NULL,
    mapped         boolean       NOT NULL,
    missing        jsonb         NOT NULL,
    potential      numeric(5, 2),
    performance    numeric(5, 2),
    box            smallint      CHECK (box BETWEEN 1 AND 9),
    explanation    jsonb         NOT NULL,
    computed_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (period_id, nip, version)
);
CREATE INDEX talent_result_box_idx ON talent_result (period_id, box);
