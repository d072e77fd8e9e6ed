--liquibase formatted sql

--changeset meritasn:succession-platform-003
-- Functional levels: the education a level asks for (keahlian: sarjana or diploma IV; keterampilan: diploma III;
-- pemula: SLTA). Each functional position's own regulation (its PermenPANRB) adds credit points (angka kredit) and
-- training; those are not modelled, and moving up a functional ladder keeps the one-level rule of the platform.
INSERT INTO platform.eligibility_rule (target_level, condition, education_min, legal_source, effective_from, created_by)
VALUES
    ('AHLI_UTAMA', 'EDUCATION', 'D4', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keahlian', '2020-02-28', 'reference'),
    ('AHLI_MADYA', 'EDUCATION', 'D4', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keahlian', '2020-02-28', 'reference'),
    ('AHLI_MUDA', 'EDUCATION', 'D4', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keahlian', '2020-02-28', 'reference'),
    ('AHLI_PERTAMA', 'EDUCATION', 'D4', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keahlian', '2020-02-28', 'reference'),
    ('PENYELIA', 'EDUCATION', 'D3', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keterampilan', '2020-02-28', 'reference'),
    ('MAHIR', 'EDUCATION', 'D3', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keterampilan', '2020-02-28', 'reference'),
    ('TERAMPIL', 'EDUCATION', 'D3', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keterampilan', '2020-02-28', 'reference'),
    ('PEMULA', 'EDUCATION', 'SLTA', 'PP 11/2017 jo. PP 17/2020, jabatan fungsional keterampilan', '2020-02-28', 'reference');
