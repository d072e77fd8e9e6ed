--liquibase formatted sql

--changeset meritasn:development-tenant-003
-- The talent committee's review of the agreed development plans of the succession group (the members of the newest
-- published pool): endorsed as it is, or a revision asked for, always with a note. Reviews are kept, not replaced, so
-- what the committee said of a plan, and when, stays on record; the newest one is the committee's current word.
CREATE TABLE development_plan_review (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id     bigint      NOT NULL REFERENCES development_plan (id),
    verdict     text        NOT NULL CHECK (verdict IN ('ENDORSED', 'REVISE')),
    note        text        NOT NULL CHECK (length(trim(note)) BETWEEN 10 AND 2000),
    reviewed_by text        NOT NULL,
    reviewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX development_plan_review_plan_idx ON development_plan_review (plan_id, id);
