--liquibase formatted sql

--changeset meritasn:succession-tenant-003
-- A condition the records cannot settle (years of related experience, a missing record) is settled by the committee
-- in a session with quorum: once per case, candidate and rule, with its reason; a slate names nobody with a manual
-- check still open.
CREATE TABLE eligibility_resolution (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES succession_case (id),
    nip         char(18)    NOT NULL REFERENCES employee (nip),
    rule        text        NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('MET', 'NOT_MET')),
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 20 AND 2000),
    session_id  bigint      NOT NULL REFERENCES committee_session (id),
    resolved_by text        NOT NULL,
    resolved_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, nip, rule)
);
-- Where the ranking placed each slate candidate, and why the committee's order departs from it where it does.
ALTER TABLE slate_candidate ADD COLUMN system_rank smallint;
ALTER TABLE slate_candidate ADD COLUMN order_reason text CHECK (order_reason IS NULL OR length(order_reason) BETWEEN 20 AND 2000);
