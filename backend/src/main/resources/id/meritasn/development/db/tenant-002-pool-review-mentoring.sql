--liquibase formatted sql

--changeset meritasn:development-tenant-002
-- The talent committee's periodic review of the talent pool: the period reviewed, when, what it decided (outcome),
-- and the flags it saw (counts by kind), kept as they were that day.
CREATE TABLE pool_review (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_id   bigint      NOT NULL,
    held_on     date        NOT NULL,
    outcome     text        NOT NULL CHECK (length(trim(outcome)) BETWEEN 20 AND 4000),
    members     integer     NOT NULL CHECK (members >= 0),
    flags       jsonb       NOT NULL,
    reviewed_by text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- A pool member paired with a mentor (a senior official of the agency), and the meetings the mentor records.
CREATE TABLE mentoring (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mentee_nip char(18)    NOT NULL,
    mentor_nip char(18)    NOT NULL CHECK (mentor_nip <> mentee_nip),
    goal       text        NOT NULL CHECK (length(trim(goal)) BETWEEN 10 AND 1000),
    started_on date        NOT NULL,
    ended_on   date        CHECK (ended_on IS NULL OR ended_on >= started_on),
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX mentoring_one_active_idx ON mentoring (mentee_nip) WHERE ended_on IS NULL;

CREATE TABLE mentoring_meeting (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mentoring_id bigint      NOT NULL REFERENCES mentoring (id),
    held_on      date        NOT NULL,
    notes        text        NOT NULL CHECK (length(trim(notes)) BETWEEN 10 AND 4000),
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentoring_meeting_idx ON mentoring_meeting (mentoring_id, held_on);
