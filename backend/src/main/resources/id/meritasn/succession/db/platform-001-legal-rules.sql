--liquibase formatted sql

--changeset meritasn:succession-platform-001
-- The legal conditions for holding a position level (national reference data, kept by platform admins through the
-- API, never by an agency): one row per condition of a level, in force from effective_from until effective_to. A new
-- version of a level's conditions closes the one before it the day before it starts, so a committee's decision can be
-- re-checked under the conditions in force on its date. Conditions:
--   EDUCATION       lowest education level (the platform's education ranks: "D4" accepts D4, S1 and higher)
--   EXPERIENCE      cumulative years in positions (relatedness to the field is confirmed by the committee)
--   PRIOR_POSITION  years (cumulative) in one of the prior levels
--   AGE             highest age on the date of the check
CREATE TABLE platform.eligibility_rule (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_level   text        NOT NULL REFERENCES platform.jabatan_level (code),
    condition      text        NOT NULL CHECK (condition IN ('EDUCATION', 'EXPERIENCE', 'PRIOR_POSITION', 'AGE')),
    education_min  text        REFERENCES platform.education_level (code),
    years          smallint    CHECK (years BETWEEN 1 AND 40),
    prior_levels   text[],
    max_age        smallint    CHECK (max_age BETWEEN 30 AND 70),
    legal_source   text        NOT NULL CHECK (length(legal_source) BETWEEN 5 AND 300),
    effective_from date        NOT NULL,
    effective_to   date        CHECK (effective_to IS NULL OR effective_to >= effective_from),
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((condition = 'EDUCATION') = (education_min IS NOT NULL)),
    CHECK ((condition IN ('EXPERIENCE', 'PRIOR_POSITION')) = (years IS NOT NULL)),
    CHECK ((condition = 'PRIOR_POSITION') = (prior_levels IS NOT NULL AND cardinality(prior_levels) > 0)),
    CHECK ((condition = 'AGE') = (max_age IS NOT NULL))
);
CREATE INDEX eligibility_rule_level_idx ON platform.eligibility_rule (target_level, effective_from);

-- PP 11/2017 on the management of civil servants as amended by PP 17/2020 (in force from 2020-02-28): Pasal 107 for
-- the JPT levels, Pasal 54 (Administrator) and Pasal 55 (Pengawas). "Setingkat" functional levels follow the
-- platform's level ranks. Health and integrity are attested on paper and are not conditions here.
INSERT INTO platform.eligibility_rule (target_level, condition, education_min, years, prior_levels, max_age,
                                       legal_source, effective_from, created_by) VALUES
    ('JPT_UTAMA', 'EDUCATION', 'S2', NULL, NULL, NULL, 'PP 11/2017 Pasal 107 huruf a jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_UTAMA', 'EXPERIENCE', NULL, 10, NULL, NULL, 'PP 11/2017 Pasal 107 huruf a jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_UTAMA', 'PRIOR_POSITION', NULL, 2, '{JPT_MADYA,AHLI_UTAMA}', NULL, 'PP 11/2017 Pasal 107 huruf a jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_UTAMA', 'AGE', NULL, NULL, NULL, 58, 'PP 11/2017 Pasal 107 huruf a jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_MADYA', 'EDUCATION', 'S2', NULL, NULL, NULL, 'PP 11/2017 Pasal 107 huruf b jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_MADYA', 'EXPERIENCE', NULL, 7, NULL, NULL, 'PP 11/2017 Pasal 107 huruf b jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_MADYA', 'PRIOR_POSITION', NULL, 2, '{JPT_PRATAMA,AHLI_UTAMA}', NULL, 'PP 11/2017 Pasal 107 huruf b jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_MADYA', 'AGE', NULL, NULL, NULL, 58, 'PP 11/2017 Pasal 107 huruf b jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_PRATAMA', 'EDUCATION', 'D4', NULL, NULL, NULL, 'PP 11/2017 Pasal 107 huruf c jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_PRATAMA', 'EXPERIENCE', NULL, 5, NULL, NULL, 'PP 11/2017 Pasal 107 huruf c jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_PRATAMA', 'PRIOR_POSITION', NULL, 2, '{ADMINISTRATOR,AHLI_MADYA}', NULL, 'PP 11/2017 Pasal 107 huruf c jo. PP 17/2020', '2020-02-28', 'reference'),
    ('JPT_PRATAMA', 'AGE', NULL, NULL, NULL, 56, 'PP 11/2017 Pasal 107 huruf c jo. PP 17/2020', '2020-02-28', 'reference'),
    ('ADMINISTRATOR', 'EDUCATION', 'D4', NULL, NULL, NULL, 'PP 11/2017 Pasal 54 ayat (1) jo. PP 17/2020', '2020-02-28', 'reference'),
    ('ADMINISTRATOR', 'PRIOR_POSITION', NULL, 3, '{PENGAWAS,AHLI_MUDA}', NULL, 'PP 11/2017 Pasal 54 ayat (1) jo. PP 17/2020', '2020-02-28', 'reference'),
    ('PENGAWAS', 'EDUCATION', 'D3', NULL, NULL, NULL, 'PP 11/2017 Pasal 55 ayat (1) jo. PP 17/2020', '2020-02-28', 'reference'),
    ('PENGAWAS', 'PRIOR_POSITION', NULL, 4, '{PELAKSANA,PEMULA,TERAMPIL,MAHIR,PENYELIA,AHLI_PERTAMA}', NULL, 'PP 11/2017 Pasal 55 ayat (1) jo. PP 17/2020', '2020-02-28', 'reference');
