--liquibase formatted sql

--changeset meritasn:mobility-platform-002
-- Text search in the national index ("contains" on name or position name, case-insensitive) without scanning it:
-- trigram GIN indexes answer ILIKE '%text%' directly. pg_trgm is a trusted extension (PostgreSQL 13+), so the owner of
-- the database can create it without superuser rights. It lives in its own schema "extensions", so its functions stay
-- out of the platform schema (and out of the jOOQ classes generated from it).
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
CREATE INDEX mobility_index_name_trgm_idx ON platform.mobility_index USING gin (name extensions.gin_trgm_ops);
CREATE INDEX mobility_index_position_trgm_idx ON platform.mobility_index USING gin (position_name extensions.gin_trgm_ops);
