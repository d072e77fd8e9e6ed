--liquibase formatted sql

--changeset meritasn:succession-tenant-002
-- A session acts (calibration moves and their agreements) from the day it is held until a member closes it; after
-- that its record is final.
ALTER TABLE committee_session ADD COLUMN closed_at timestamptz;
ALTER TABLE committee_session ADD COLUMN closed_by text;
