--liquibase formatted sql

--changeset meritasn-test:upgrade-test-001
CREATE TABLE upgrade_probe (id int PRIMARY KEY, note text NOT NULL);
ALTER TABLE tenant_policy ADD COLUMN upgrade_probe_note text;
