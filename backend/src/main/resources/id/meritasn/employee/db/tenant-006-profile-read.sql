--liquibase formatted sql

--changeset meritasn:employee-tenant-006-profile-read splitStatements:true
-- UU 27/2022 (Pelindungan Data Pribadi): who read whose personal data, when and in which view, so the employee can
-- see it and the agency's data-protection officer can review it. Reads by the employee themselves are not recorded.
CREATE TABLE profile_read (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip text NOT NULL,
    reader text NOT NULL,
    reader_roles text[] NOT NULL,
    view text NOT NULL,
    purpose text NOT NULL,
    read_at timestamptz NOT NULL
);
CREATE INDEX profile_read_by_employee ON profile_read (nip, read_at DESC, id DESC);
CREATE INDEX profile_read_by_time ON profile_read (read_at DESC, id DESC);
