--liquibase formatted sql

--changeset meritasn:employee-tenant-001
-- The organization tree (unit kerja).
CREATE TABLE unit_kerja (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       text   NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    name       text   NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent_id  bigint REFERENCES unit_kerja (id),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX unit_kerja_parent_idx ON unit_kerja (parent_id);

-- Positions with their kind and level, the rank they need, and a critical flag for succession planning.
CREATE TABLE jabatan (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text    NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    name         text    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    level        text    NOT NULL REFERENCES platform.jabatan_level (code),
    unit_id      bigint  NOT NULL REFERENCES unit_kerja (id),
    min_golongan text    REFERENCES platform.golongan (code),
    critical     boolean NOT NULL DEFAULT false
);
CREATE INDEX jabatan_unit_idx ON jabatan (unit_id);

-- The position's competency standard (Standar Kompetensi Jabatan): required level 1-5 per competency.
CREATE TABLE competency_standard (
    jabatan_id     bigint   NOT NULL REFERENCES jabatan (id) ON DELETE CASCADE,
    competency     text     NOT NULL CHECK (competency ~ '^[a-z][a-z0-9_]{0,60}$'),
    kind           text     NOT NULL CHECK (kind IN ('MANAGERIAL', 'SOCIO_CULTURAL', 'TECHNICAL')),
    required_level smallint NOT NULL CHECK (required_level BETWEEN 1 AND 5),
    PRIMARY KEY (jabatan_id, competency)
);

-- Employees. Birth date, first appointment month and gender are derived from the NIP by the database itself, so no
-- second input can disagree with it. Religion, ethnicity, origin, marital status and disability are not collected.
CREATE TABLE employee (
    nip               char(18) PRIMARY KEY CHECK (nip ~ '^[0-9]{18}$'),
    name              text     NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    front_title       text,
    back_title        text,
    birth_date        date     GENERATED ALWAYS AS (make_date(substr(nip, 1, 4)::int, substr(nip, 5, 2)::int, substr(nip, 7, 2)::int)) STORED,
    appointment_month date     GENERATED ALWAYS AS (make_date(substr(nip, 9, 4)::int, substr(nip, 13, 2)::int, 1)) STORED,
    gender            char(1)  GENERATED ALWAYS AS (substr(nip, 15, 1)) STORED,
    golongan          text     NOT NULL REFERENCES platform.golongan (code),
    golongan_tmt      date     NOT NULL,
    jabatan_id        bigint   REFERENCES jabatan (id),
    unit_id           bigint   REFERENCES unit_kerja (id),
    status            text     NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED', 'TRANSFERRED_OUT')),
    retirement_date   date,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employee_unit_idx ON employee (unit_id, name, nip);
CREATE INDEX employee_jabatan_idx ON employee (jabatan_id);
CREATE INDEX employee_golongan_idx ON employee (golongan);
CREATE INDEX employee_name_idx ON employee (name, nip);

-- Histories.
CREATE TABLE rank_history (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip       char(18) NOT NULL REFERENCES employee (nip),
    golongan  text     NOT NULL REFERENCES platform.golongan (code),
    tmt       date     NOT NULL,
    sk_number text,
    UNIQUE (nip, golongan, tmt)
);
CREATE TABLE position_history (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip        char(18) NOT NULL REFERENCES employee (nip),
    name       text     NOT NULL,
    level      text     NOT NULL REFERENCES platform.jabatan_level (code),
    unit_name  text,
    tmt        date     NOT NULL,
    end_date   date,
    CHECK (end_date IS NULL OR end_date >= tmt),
    UNIQUE (nip, name, tmt)
);
CREATE TABLE education_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip             char(18) NOT NULL REFERENCES employee (nip),
    level           text     NOT NULL REFERENCES platform.education_level (code),
    field           text     NOT NULL,
    institution     text     NOT NULL,
    graduation_year smallint NOT NULL CHECK (graduation_year BETWEEN 1950 AND 2100),
    UNIQUE (nip, level, field, graduation_year)
);
CREATE TABLE award (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip        char(18) NOT NULL REFERENCES employee (nip),
    name       text     NOT NULL,
    awarded_on date     NOT NULL,
    evidence   text,
    UNIQUE (nip, name, awarded_on)
);
CREATE TABLE team_assignment (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip        char(18) NOT NULL REFERENCES employee (nip),
    name       text     NOT NULL,
    role       text,
    start_date date     NOT NULL,
    end_date   date,
    CHECK (end_date IS NULL OR end_date >= start_date),
    UNIQUE (nip, name, start_date)
);
CREATE TABLE training (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip          char(18) NOT NULL REFERENCES employee (nip),
    kind         text     NOT NULL CHECK (kind IN ('TRAINING', 'CERTIFICATE')),
    name         text     NOT NULL,
    organizer    text,
    completed_on date     NOT NULL,
    hours        smallint CHECK (hours IS NULL OR hours > 0),
    UNIQUE (nip, kind, name, completed_on)
);
CREATE TABLE discipline (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip         char(18) NOT NULL REFERENCES employee (nip),
    level       text     NOT NULL CHECK (level IN ('LIGHT', 'MODERATE', 'SEVERE')),
    description text     NOT NULL,
    start_date  date     NOT NULL,
    end_date    date,
    CHECK (end_date IS NULL OR end_date >= start_date),
    UNIQUE (nip, level, start_date)
);
CREATE TABLE lhkpn (
    nip    char(18) NOT NULL REFERENCES employee (nip),
    year   smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status text     NOT NULL CHECK (status IN ('REPORTED', 'NOT_REPORTED', 'NOT_REQUIRED')),
    PRIMARY KEY (nip, year)
);
CREATE INDEX rank_history_nip_idx ON rank_history (nip);
CREATE INDEX position_history_nip_idx ON position_history (nip);
CREATE INDEX education_history_nip_idx ON education_history (nip);
CREATE INDEX award_nip_idx ON award (nip);
CREATE INDEX team_assignment_nip_idx ON team_assignment (nip);
CREATE INDEX training_nip_idx ON training (nip);
CREATE INDEX discipline_nip_idx ON discipline (nip);

-- Every change to an employee: who, when, what before, what after. Append-only.
CREATE TABLE employee_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip         char(18)    NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    action      text        NOT NULL,
    before      jsonb,
    after       jsonb
);
CREATE INDEX employee_audit_nip_idx ON employee_audit (nip, occurred_at);
