--liquibase formatted sql

--changeset meritasn:mobility-tenant-001
-- An employee's own consent to appear in the national talent index. Withdrawing deletes the row; the log keeps when.
CREATE TABLE mobility_consent (
    nip      char(18)    PRIMARY KEY REFERENCES employee (nip),
    given_at timestamptz NOT NULL DEFAULT now(),
    given_by text        NOT NULL
);
CREATE TABLE mobility_consent_log (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip         char(18)    NOT NULL REFERENCES employee (nip),
    action      text        NOT NULL CHECK (action IN ('GIVEN', 'WITHDRAWN')),
    actor       text        NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mobility_consent_log_nip_idx ON mobility_consent_log (nip, id);

-- Career aspirations the employee enters: kinds of position wanted, regions willing to move to, earliest date.
CREATE TABLE mobility_aspiration (
    nip            char(18)    PRIMARY KEY REFERENCES employee (nip),
    position_kinds text[]      NOT NULL DEFAULT '{}',
    regions        text[]      NOT NULL DEFAULT '{}',
    earliest_date  date,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text        NOT NULL
);

-- The agency's outbox towards the national index, written in the same transaction as the change it reports. nip null
-- means every consenting employee (a period was published, the agency began to take part). The indexer marks rows
-- processed after the index commit them: at least once, and rebuilding an entry twice changes nothing.
CREATE TABLE mobility_outbox (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip          char(18),
    reason       text        NOT NULL CHECK (reason IN ('CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'ASPIRATIONS_CHANGED',
                                                        'RECORD_CHANGED', 'PERIOD_PUBLISHED', 'REBUILD', 'TRANSFERRED')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    processed_at timestamptz
);
CREATE INDEX mobility_outbox_pending_idx ON mobility_outbox (id) WHERE processed_at IS NULL;

-- Both sides of a completed transfer keep its id (= the mobility request id): OUT in the releasing agency beside the
-- employee it marked TRANSFERRED_OUT, IN in the receiving agency. A retried transfer finds its marker and does nothing.
CREATE TABLE mobility_transfer (
    transfer_id   uuid        PRIMARY KEY,
    direction     text        NOT NULL CHECK (direction IN ('IN', 'OUT')),
    nip           char(18)    NOT NULL REFERENCES employee (nip),
    other_agency  text        NOT NULL,
    position_name text        NOT NULL,
    completed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mobility_transfer_nip_idx ON mobility_transfer (nip);
