--liquibase formatted sql

--changeset meritasn:employee-tenant-004-position-public
-- Positions that serve the public directly (service counters, kelurahan front offices): only their holders are
-- assessed on community input (PERMATA), so back-office staff are never "not mapped" for the lack of it.
ALTER TABLE jabatan ADD COLUMN serves_public boolean NOT NULL DEFAULT false;
