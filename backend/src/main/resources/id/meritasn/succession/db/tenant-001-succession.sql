--liquibase formatted sql

--changeset meritasn:succession-tenant-001
-- Planned moves: an incumbent leaves a position on a known date (rotation, promotion elsewhere, study leave). With
-- retirements (from the NIP birth date and the BUP of the position's level) they make a position a target position.
CREATE TABLE planned_move (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jabatan_id bigint      NOT NULL REFERENCES jabatan (id),
    nip        char(18)    REFERENCES employee (nip),
    leaves_on  date        NOT NULL,
    reason     text        NOT NULL CHECK (length(reason) BETWEEN 3 AND 500),
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX planned_move_jabatan_idx ON planned_move (jabatan_id, leaves_on);

-- A succession case: one target position, the published assessment period whose talent pool feeds it, and where the
-- workflow stands. Steps only move forward (OPEN, SLATE_PROPOSED, DECIDED, ANNOUNCED, FINALIZED); a position has at
-- most one case that is not finalized.
CREATE TABLE succession_case (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jabatan_id  bigint      NOT NULL REFERENCES jabatan (id),
    period_id   bigint      NOT NULL REFERENCES assessment_period (id),
    status      text        NOT NULL DEFAULT 'OPEN'
                            CHECK (status IN ('OPEN', 'SLATE_PROPOSED', 'DECIDED', 'ANNOUNCED', 'FINALIZED')),
    opened_by   text        NOT NULL,
    opened_at   timestamptz NOT NULL DEFAULT now(),
    finalized_on date
);
CREATE UNIQUE INDEX succession_case_open_idx ON succession_case (jabatan_id) WHERE status <> 'FINALIZED';

-- Talent committee sessions: members (by username) with their role and attendance, the quorum, the minutes.
CREATE TABLE committee_session (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    held_on    date        NOT NULL,
    quorum     smallint    NOT NULL CHECK (quorum >= 1),
    minutes    text,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE committee_member (
    session_id bigint  NOT NULL REFERENCES committee_session (id),
    username   text    NOT NULL,
    name       text    NOT NULL,
    role       text    NOT NULL CHECK (role IN ('CHAIR', 'SECRETARY', 'MEMBER')),
    present    boolean NOT NULL,
    PRIMARY KEY (session_id, username)
);
-- A member who declares a conflict of interest about a candidate cannot act on that candidate in the session.
CREATE TABLE conflict_declaration (
    session_id  bigint      NOT NULL,
    username    text        NOT NULL,
    nip         char(18)    NOT NULL REFERENCES employee (nip),
    reason      text        NOT NULL,
    declared_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, username, nip),
    FOREIGN KEY (session_id, username) REFERENCES committee_member (session_id, username)
);

-- The committee's slate of successors for a case; a later slate (before the decision) replaces the earlier one. Name
-- and current position are kept as they were at nomination: the slate (and the announcement built from it) is a record.
CREATE TABLE succession_slate (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint      NOT NULL REFERENCES succession_case (id),
    session_id   bigint      NOT NULL REFERENCES committee_session (id),
    nominated_by text        NOT NULL,
    nominated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE slate_candidate (
    slate_id         bigint   NOT NULL REFERENCES succession_slate (id),
    rank             smallint NOT NULL CHECK (rank >= 1),
    nip              char(18) NOT NULL REFERENCES employee (nip),
    name             text     NOT NULL,
    current_position text,
    readiness        text     NOT NULL CHECK (readiness IN ('READY_NOW', 'ONE_TO_TWO_YEARS', 'THREE_PLUS_YEARS')),
    box              smallint NOT NULL CHECK (box BETWEEN 1 AND 9),
    development_plan jsonb    NOT NULL,
    PRIMARY KEY (slate_id, rank),
    UNIQUE (slate_id, nip)
);

-- The PPK's decisions. A decision is never changed: a correction is a new row that names the decision it corrects.
CREATE TABLE succession_decision (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES succession_case (id),
    slate_id    bigint      NOT NULL REFERENCES succession_slate (id),
    nip         char(18)    NOT NULL REFERENCES employee (nip),
    rank        smallint    NOT NULL,
    reason      text,
    corrects_id bigint      UNIQUE REFERENCES succession_decision (id),
    decided_by  text        NOT NULL,
    decided_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (rank = 1 OR length(reason) >= 10)
);

-- Public announcements of a shortlist with the objection window (objections are accepted through the deadline date).
-- The position is kept as announced, so the public page reads nothing but this feature's own records.
CREATE TABLE succession_announcement (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            bigint      NOT NULL REFERENCES succession_case (id),
    decision_id        bigint      NOT NULL REFERENCES succession_decision (id),
    position_name      text        NOT NULL,
    unit_name          text,
    announced_on       date        NOT NULL,
    objection_deadline date        NOT NULL CHECK (objection_deadline >= announced_on),
    status             text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'WITHDRAWN', 'CONCLUDED')),
    announced_by       text        NOT NULL,
    announced_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX succession_announcement_status_idx ON succession_announcement (status, announced_on);

-- Objections from the public; the contact details are for the committee only and never leave through a public path.
CREATE TABLE succession_objection (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    announcement_id bigint      NOT NULL REFERENCES succession_announcement (id),
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    contact         text        NOT NULL CHECK (length(contact) BETWEEN 5 AND 200),
    text            text        NOT NULL CHECK (length(text) BETWEEN 10 AND 4000),
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    response        text,
    responded_by    text,
    responded_at    timestamptz
);
CREATE INDEX succession_objection_announcement_idx ON succession_objection (announcement_id, id);

-- Tamper-evident record of every committee and PPK action: each entry carries the hash of the previous one, and its
-- own hash covers that and its content (payload is kept as the exact canonical text that was hashed).
CREATE TABLE succession_ledger (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,
    action    text        NOT NULL,
    subject   text        NOT NULL,
    payload   text        NOT NULL,
    prev_hash char(64)    NOT NULL,
    hash      char(64)    NOT NULL UNIQUE
);
