--liquibase formatted sql

--changeset meritasn:development-tenant-001
-- Individual development plans (rencana pengembangan individu): one per employee and year, proposed from the box of
-- the newest published period and the competency gaps against the current position; the employee's direct superior
-- agrees it. Each action says why it is there (reason: the box's recommendation or the gap it closes), who carries it
-- out, by when, how many hours of learning (JP) it gives, and, once done, its evidence.
CREATE TABLE development_plan (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip         char(18)    NOT NULL,
    year        smallint    NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    period_id   bigint,
    box         smallint    CHECK (box BETWEEN 1 AND 9),
    status      text        NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'AGREED')),
    proposed_by text        NOT NULL,
    proposed_at timestamptz NOT NULL DEFAULT now(),
    agreed_by   text        CHECK ((status = 'AGREED') = (agreed_by IS NOT NULL)),
    agreed_at   timestamptz,
    UNIQUE (nip, year)
);

CREATE TABLE development_action (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id      bigint      NOT NULL REFERENCES development_plan (id),
    kind         text        NOT NULL CHECK (kind IN ('TRAINING', 'COACHING', 'MENTORING', 'ASSIGNMENT', 'ROTATION', 'STUDY')),
    title        text        NOT NULL CHECK (length(trim(title)) BETWEEN 3 AND 300),
    reason       text        NOT NULL,
    competency   text,
    owner        text        NOT NULL CHECK (owner IN ('EMPLOYEE', 'SUPERVISOR', 'AGENCY')),
    due_on       date        NOT NULL,
    hours        smallint    NOT NULL CHECK (hours BETWEEN 0 AND 400),
    status       text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
    evidence     text        CHECK (status <> 'DONE' OR length(trim(evidence)) >= 5),
    completed_on date        CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
    updated_by   text,
    updated_at   timestamptz
);
CREATE INDEX development_action_plan_idx ON development_action (plan_id, id);
