--liquibase formatted sql

--changeset meritasn:employee-platform-002-pppk-retirement
-- PPPK (government employees with a work agreement, UU 20/2023) hold a grade I to XVII instead of a golongan/ruang;
-- SIASN keeps it in the same field, so it is a row of the same reference table, of kind PPPK. Their rank order is
-- negative: no PNS rank rule (minimum golongan of a post, a pool's lower bound) ever counts a PPPK grade as met.
ALTER TABLE platform.golongan ADD COLUMN kind text NOT NULL DEFAULT 'PNS' CHECK (kind IN ('PNS', 'PPPK'));
INSERT INTO platform.golongan (code, rank_order, pangkat, kind) VALUES
    ('I', -17, 'Golongan I (PPPK)', 'PPPK'), ('II', -16, 'Golongan II (PPPK)', 'PPPK'),
    ('III', -15, 'Golongan III (PPPK)', 'PPPK'), ('IV', -14, 'Golongan IV (PPPK)', 'PPPK'),
    ('V', -13, 'Golongan V (PPPK)', 'PPPK'), ('VI', -12, 'Golongan VI (PPPK)', 'PPPK'),
    ('VII', -11, 'Golongan VII (PPPK)', 'PPPK'), ('VIII', -10, 'Golongan VIII (PPPK)', 'PPPK'),
    ('IX', -9, 'Golongan IX (PPPK)', 'PPPK'), ('X', -8, 'Golongan X (PPPK)', 'PPPK'),
    ('XI', -7, 'Golongan XI (PPPK)', 'PPPK'), ('XII', -6, 'Golongan XII (PPPK)', 'PPPK'),
    ('XIII', -5, 'Golongan XIII (PPPK)', 'PPPK'), ('XIV', -4, 'Golongan XIV (PPPK)', 'PPPK'),
    ('XV', -3, 'Golongan XV (PPPK)', 'PPPK'), ('XVI', -2, 'Golongan XVI (PPPK)', 'PPPK'),
    ('XVII', -1, 'Golongan XVII (PPPK)', 'PPPK');

-- Retirement ages set by profession laws, which differ from the BUP of a position level (PP 11/2017 as amended by
-- PP 17/2020, Pasal 239). A position names one of these when its holders retire by their profession's law.
CREATE TABLE platform.retirement_rule (
    code           text     PRIMARY KEY,
    name           text     NOT NULL,
    retirement_age smallint NOT NULL CHECK (retirement_age BETWEEN 50 AND 75),
    legal_source   text     NOT NULL
);
INSERT INTO platform.retirement_rule (code, name, retirement_age, legal_source) VALUES
    ('GURU', 'Guru', 60, 'UU 14/2005 tentang Guru dan Dosen, Pasal 40 ayat (4)'),
    ('DOSEN', 'Dosen', 65, 'UU 14/2005 tentang Guru dan Dosen, Pasal 67 ayat (4)'),
    ('PROFESOR', 'Dosen dengan jabatan akademik profesor', 70, 'UU 14/2005 tentang Guru dan Dosen, Pasal 67 ayat (5)'),
    ('AHLI_UTAMA', 'Pejabat fungsional ahli utama', 65, 'PP 11/2017 sebagaimana diubah PP 17/2020, Pasal 239 ayat (2) huruf c'),
    ('PENELITI_AHLI_UTAMA', 'Peneliti ahli utama', 70,
     'Ketentuan jabatan fungsional peneliti (BUP 70 bagi ahli utama); periksa dengan peraturan jabatan fungsional yang berlaku');
