--liquibase formatted sql

--changeset meritasn:mobility-platform-002
-- The text filter (a part of a name or position, any case) ordered by name. On the national index a common part
-- ("siregar", "dewi") matches 150,000 entries, so neither walking the name index in order and testing every row (8 s
-- on the national data) nor collecting every match through a trigram index and sorting them is fast. Names and
-- positions repeat, though: the distinct values are few next to the entries. mobility_text holds each distinct name
-- and position of the index; the search finds the matching values through a trigram index here, then reads the index
-- with name = ANY(those values) in name order, which stops after one page (MobilityIndexRepository.search).
-- pg_trgm is a trusted extension (PostgreSQL 13+); it lives in its own schema so its functions stay out of the others.
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
CREATE TABLE platform.mobility_text (
    value text PRIMARY KEY
);
CREATE INDEX mobility_text_trgm_idx ON platform.mobility_text USING gin (lower(value) extensions.gin_trgm_ops);
CREATE INDEX mobility_index_position_idx ON platform.mobility_index (position_name);
INSERT INTO platform.mobility_text (value)
SELECT name FROM platform.mobility_index UNION SELECT position_name FROM platform.mobility_index WHERE position_name IS NOT NULL;

--changeset meritasn:mobility-platform-003 splitStatements:false
-- Every statement that writes entries adds their new names and positions (statement-level triggers: one INSERT per
-- upsert of 1,000 entries, not one per row). Values no longer used are removed by MobilityIndexRepository.pruneText,
-- which locks the table against these inserts while it looks, so a value in use is never removed.
CREATE FUNCTION platform.mobility_text_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO platform.mobility_text (value)
    SELECT v FROM (SELECT name FROM new_entries UNION SELECT position_name FROM new_entries) x (v)
    WHERE v IS NOT NULL ORDER BY v
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER mobility_text_on_insert AFTER INSERT ON platform.mobility_index
    REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION platform.mobility_text_collect();
CREATE TRIGGER mobility_text_on_update AFTER UPDATE ON platform.mobility_index
    REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION platform.mobility_text_collect();
