--liquibase formatted sql

--changeset meritasn:tenant-010-unit-completeness
-- A unit's data declared complete for a period (by the tenant admin or the unit's head), with what was still missing
-- at that moment, or the unit excluded from the period's map with a reason. Publishing needs every unit with
-- employees declared or excluded; the talent pool takes nobody from a unit that is not declared. Keyed by unit code
-- ('-' for employees without a unit), as the completeness report is.
CREATE TABLE unit_completeness (
    period_id   bigint      NOT NULL REFERENCES assessment_period (id),
    unit_code   text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('DECLARED', 'EXCLUDED')),
    reason      text,
    missing     jsonb       NOT NULL DEFAULT '[]',
    declared_by text        NOT NULL,
    declared_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (period_id, unit_code),
    CHECK (status = 'DECLARED' OR reason IS NOT NULL)
);
-- periods published before declarations existed keep their pool: every unit counts as declared for them
INSERT INTO unit_completeness (period_id, unit_code, status, reason, declared_by)
SELECT p.id, u.code, 'DECLARED', 'Diterbitkan sebelum deklarasi kelengkapan per unit ada', 'migration'
FROM assessment_period p CROSS JOIN unit_kerja u WHERE p.status = 'PUBLISHED';
INSERT INTO unit_completeness (period_id, unit_code, status, reason, declared_by)
SELECT p.id, '-', 'DECLARED', 'Diterbitkan sebelum deklarasi kelengkapan per unit ada', 'migration'
FROM assessment_period p WHERE p.status = 'PUBLISHED';
