--liquibase formatted sql

--changeset meritasn:employee-tenant-005-pppk splitStatements:true
-- PNS, CPNS (first appointment pending or in probation) and PPPK. A PPPK's number (NI PPPK) carries the year of
-- appointment and the code 21 where a NIP has the month, and their service ends with the agreement, not at a BUP.
ALTER TABLE employee ADD COLUMN employee_type text NOT NULL DEFAULT 'PNS'
    CHECK (employee_type IN ('PNS', 'CPNS', 'PPPK'));
ALTER TABLE employee ADD COLUMN agreement_end date;
ALTER TABLE employee ADD CONSTRAINT employee_pppk_agreement
    CHECK ((employee_type = 'PPPK') = (agreement_end IS NOT NULL));
ALTER TABLE employee ALTER COLUMN appointment_month SET EXPRESSION AS (
    CASE WHEN substr(nip, 13, 2) = '21' THEN make_date(substr(nip, 9, 4)::int, 1, 1)
         ELSE make_date(substr(nip, 9, 4)::int, substr(nip, 13, 2)::int, 1) END);
-- a position whose holders retire by a profession's law (teachers 60, lecturers 65, ...) instead of their level's BUP
ALTER TABLE jabatan ADD COLUMN retirement_rule text REFERENCES platform.retirement_rule (code);
