--liquibase formatted sql

--changeset meritasn:shard-001
-- On an extra shard the platform schema holds only the national reference tables (see shard-changelog.yaml).
CREATE SCHEMA IF NOT EXISTS platform;
