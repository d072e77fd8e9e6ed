--liquibase formatted sql

--changeset meritasn:assessment-tenant-007 splitStatements:false
-- A counter that moves with every statement writing results or calibration moves, so a reader can tell in one
-- single-row read whether what it counted before is still true: the talent map's box counts are read far more often
-- than results change (every open grid, every integrating system), and counting them means reading every result of
-- the period. A statement trigger (not the services) bumps it, so no writer can forget to; the row lock it takes
-- also orders concurrent writers, so a reader never pairs a count with a revision from before a committed write.
-- The counter is found through the trigger's own schema, not search_path: tools write qualified names.
CREATE TABLE result_revision (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    value     bigint  NOT NULL
);
-- Starts at the creation time in microseconds, not 0: an agency's schema dropped and provisioned again under the same
-- key must not meet a count cached for the old one under the same (period, revision).
INSERT INTO result_revision (singleton, value) VALUES (true, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint);
CREATE FUNCTION bump_result_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE %I.result_revision SET value = value + 1', TG_TABLE_SCHEMA);
    RETURN NULL;
END
$$;
CREATE TRIGGER talent_result_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON talent_result
    FOR EACH STATEMENT EXECUTE FUNCTION bump_result_revision();
CREATE TRIGGER calibration_move_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calibration_move
    FOR EACH STATEMENT EXECUTE FUNCTION bump_result_revision();
