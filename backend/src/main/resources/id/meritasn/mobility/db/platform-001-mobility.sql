--liquibase formatted sql

--changeset meritasn:mobility-platform-001
-- The national talent index: what participating agencies share for mobility about employees who consented, and only
-- that. Written only by the indexer (mobility/MobilityIndexer) from each agency's outbox; searched by every agency.
-- No raw score crosses: the talent score is kept as a band of the combined score (see MobilityIndexer.band).
CREATE TABLE platform.mobility_index (
    agency          text        NOT NULL REFERENCES platform.tenant (key) ON DELETE CASCADE,
    nip             char(18)    NOT NULL CHECK (nip ~ '^[0-9]{18}$'),
    name            text        NOT NULL,
    agency_name     text        NOT NULL,
    region          text        NOT NULL,
    golongan        text        NOT NULL REFERENCES platform.golongan (code),
    rank_order      smallint    NOT NULL,
    position_name   text,
    position_kind   text        REFERENCES platform.jabatan_kind (code),
    position_level  text        REFERENCES platform.jabatan_level (code),
    period_name     text,
    box             smallint    CHECK (box BETWEEN 1 AND 9),
    score_band      text        CHECK (score_band IN ('HIGH', 'MIDDLE', 'LOW')),
    competencies    jsonb       NOT NULL DEFAULT '{}',
    education_level text        REFERENCES platform.education_level (code),
    education_field text,
    wanted_kinds    text[]      NOT NULL DEFAULT '{}',
    wanted_regions  text[]      NOT NULL DEFAULT '{}',
    available_from  date,
    indexed_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency, nip)
);
CREATE INDEX mobility_index_name_idx ON platform.mobility_index (name, agency, nip);
CREATE INDEX mobility_index_rank_idx ON platform.mobility_index (rank_order);
CREATE INDEX mobility_index_box_idx ON platform.mobility_index (box);
CREATE INDEX mobility_index_wanted_regions_idx ON platform.mobility_index USING gin (wanted_regions);

-- The indexer's view of which agencies take part (policy mobility.participates). A change to taking part rebuilds the
-- agency's entries; a change to not taking part removes them in the same transaction as the policy change.
CREATE TABLE platform.mobility_agency (
    agency        text        PRIMARY KEY REFERENCES platform.tenant (key) ON DELETE CASCADE,
    participating boolean     NOT NULL,
    changed_at    timestamptz NOT NULL DEFAULT now(),
    last_error    text
);
CREATE INDEX mobility_agency_participating_idx ON platform.mobility_agency (agency) WHERE participating;

-- Mobility requests span two agencies, so they live here, beside the index: agency B (to_agency) asks for an employee
-- of agency A (from_agency) for one of B's positions. The employee consents, A's PPK releases, B's PPK accepts; any of
-- them may refuse with a reason. The request id is also the transfer id both schemas record (mobility_transfer).
CREATE TABLE platform.mobility_request (
    id                   uuid        PRIMARY KEY,
    from_agency          text        NOT NULL REFERENCES platform.tenant (key),
    to_agency            text        NOT NULL REFERENCES platform.tenant (key),
    nip                  char(18)    NOT NULL CHECK (nip ~ '^[0-9]{18}$'),
    employee_name        text        NOT NULL,
    target_position_code text        NOT NULL,
    target_position_name text        NOT NULL,
    note                 text        CHECK (length(note) <= 1000),
    status               text        NOT NULL CHECK (status IN ('REQUESTED', 'CONSENTED', 'RELEASED', 'ACCEPTED',
                                                                'COMPLETED', 'REFUSED')),
    requested_by         text        NOT NULL,
    requested_at         timestamptz NOT NULL DEFAULT now(),
    consented_by         text,
    consented_at         timestamptz,
    released_by          text,
    released_at          timestamptz,
    accepted_by          text,
    accepted_at          timestamptz,
    completed_at         timestamptz,
    refused_party        text        CHECK (refused_party IN ('EMPLOYEE', 'RELEASING_AGENCY', 'RECEIVING_AGENCY')),
    refused_by           text,
    refused_at           timestamptz,
    refusal_reason       text,
    transfer_attempts    int         NOT NULL DEFAULT 0,
    transfer_tried_at    timestamptz,
    transfer_error       text,
    CHECK (from_agency <> to_agency),
    CHECK (status <> 'REFUSED' OR (refused_party IS NOT NULL AND length(refusal_reason) > 0))
);
-- one open request per employee and receiving agency
CREATE UNIQUE INDEX mobility_request_open_idx ON platform.mobility_request (from_agency, nip, to_agency)
    WHERE status NOT IN ('COMPLETED', 'REFUSED');
CREATE INDEX mobility_request_from_idx ON platform.mobility_request (from_agency, requested_at, id);
CREATE INDEX mobility_request_to_idx ON platform.mobility_request (to_agency, requested_at, id);
CREATE INDEX mobility_request_accepted_idx ON platform.mobility_request (accepted_at) WHERE status = 'ACCEPTED';
