--liquibase formatted sql

--changeset meritasn:employee-platform-001
-- National reference data (DOMAIN.md, [firm]). Agencies read it; only a platform release changes it.

-- Golongan/ruang with pangkat; rank_order makes "at most one level below" a subtraction.
CREATE TABLE platform.golongan (
    code       text     PRIMARY KEY,
    rank_order smallint NOT NULL UNIQUE,
    pangkat    text     NOT NULL
);
INSERT INTO platform.golongan (code, rank_order, pangkat) VALUES
    ('I/a', 1, 'Juru Muda'), ('I/b', 2, 'Juru Muda Tingkat I'), ('I/c', 3, 'Juru'), ('I/d', 4, 'Juru Tingkat I'),
    ('II/a', 5, 'Pengatur Muda'), ('II/b', 6, 'Pengatur Muda Tingkat I'), ('II/c', 7, 'Pengatur'), ('II/d', 8, 'Pengatur Tingkat I'),
    ('III/a', 9, 'Penata Muda'), ('III/b', 10, 'Penata Muda Tingkat I'), ('III/c', 11, 'Penata'), ('III/d', 12, 'Penata Tingkat I'),
    ('IV/a', 13, 'Pembina'), ('IV/b', 14, 'Pembina Tingkat I'), ('IV/c', 15, 'Pembina Utama Muda'),
    ('IV/d', 16, 'Pembina Utama Madya'), ('IV/e', 17, 'Pembina Utama');

-- Kinds of jabatan (UU 20/2023) and their levels. BUP (batas usia pensiun) is data per level, not code
-- (PP 11/2017 as amended: JPT 60; administrator, pengawas, pelaksana 58; fungsional ahli utama 65, ahli madya 60,
-- ahli muda/pertama and keterampilan 58).
CREATE TABLE platform.jabatan_kind (
    code       text    PRIMARY KEY,
    name       text    NOT NULL,
    managerial boolean NOT NULL
);
INSERT INTO platform.jabatan_kind (code, name, managerial) VALUES
    ('JPT', 'Jabatan Pimpinan Tinggi', true),
    ('ADMINISTRATOR', 'Jabatan Administrator', true),
    ('PENGAWAS', 'Jabatan Pengawas', true),
    ('FUNGSIONAL_KEAHLIAN', 'Jabatan Fungsional Keahlian', false),
    ('FUNGSIONAL_KETERAMPILAN', 'Jabatan Fungsional Keterampilan', false),
    ('PELAKSANA', 'Jabatan Pelaksana', false);

CREATE TABLE platform.jabatan_level (
    code           text     PRIMARY KEY,
    kind           text     NOT NULL REFERENCES platform.jabatan_kind (code),
    name           text     NOT NULL,
    rank_order     smallint NOT NULL,
    retirement_age smallint NOT NULL CHECK (retirement_age BETWEEN 50 AND 70)
);
INSERT INTO platform.jabatan_level (code, kind, name, rank_order, retirement_age) VALUES
    ('JPT_UTAMA', 'JPT', 'JPT Utama', 9, 60),
    ('JPT_MADYA', 'JPT', 'JPT Madya', 8, 60),
    ('JPT_PRATAMA', 'JPT', 'JPT Pratama', 7, 60),
    ('ADMINISTRATOR', 'ADMINISTRATOR', 'Administrator', 6, 58),
    ('PENGAWAS', 'PENGAWAS', 'Pengawas', 5, 58),
    ('AHLI_UTAMA', 'FUNGSIONAL_KEAHLIAN', 'Ahli Utama', 8, 65),
    ('AHLI_MADYA', 'FUNGSIONAL_KEAHLIAN', 'Ahli Madya', 6, 60),
    ('AHLI_MUDA', 'FUNGSIONAL_KEAHLIAN', 'Ahli Muda', 5, 58),
    ('AHLI_PERTAMA', 'FUNGSIONAL_KEAHLIAN', 'Ahli Pertama', 4, 58),
    ('PENYELIA', 'FUNGSIONAL_KETERAMPILAN', 'Penyelia', 4, 58),
    ('MAHIR', 'FUNGSIONAL_KETERAMPILAN', 'Mahir', 3, 58),
    ('TERAMPIL', 'FUNGSIONAL_KETERAMPILAN', 'Terampil', 2, 58),
    ('PEMULA', 'FUNGSIONAL_KETERAMPILAN', 'Pemula', 1, 58),
    ('PELAKSANA', 'PELAKSANA', 'Pelaksana', 1, 58);

CREATE TABLE platform.education_level (
    code       text     PRIMARY KEY,
    name       text     NOT NULL,
    rank_order smallint NOT NULL UNIQUE
);
INSERT INTO platform.education_level (code, name, rank_order) VALUES
    ('SD', 'Sekolah Dasar', 1), ('SMP', 'Sekolah Menengah Pertama', 2), ('SLTA', 'SLTA / sederajat', 3),
    ('D1', 'Diploma I', 4), ('D2', 'Diploma II', 5), ('D3', 'Diploma III', 6), ('D4', 'Diploma IV', 7),
    ('S1', 'Sarjana (S1)', 8), ('S2', 'Magister (S2)', 9), ('S3', 'Doktor (S3)', 10);
