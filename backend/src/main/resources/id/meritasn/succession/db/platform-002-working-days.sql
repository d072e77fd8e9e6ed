--liquibase formatted sql

--changeset meritasn:succession-platform-002
-- Days on which government offices are closed besides weekends: national holidays and collective leave (cuti
-- bersama), set each year by a joint decree of the ministers of religion, manpower and PANRB. Objection windows count
-- working days against them. Kept by platform admins through the API as each year's decree comes out.
CREATE TABLE platform.non_working_day (
    day        date        PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('HOLIDAY', 'COLLECTIVE_LEAVE')),
    name       text        NOT NULL CHECK (length(name) BETWEEN 3 AND 200),
    source     text        NOT NULL CHECK (length(source) BETWEEN 5 AND 300),
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO platform.non_working_day (day, kind, name, source, created_by)
SELECT d::date, k, n, 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497, 2 dan 5 Tahun 2025', 'reference'
FROM (VALUES
    ('2026-01-01', 'HOLIDAY', 'Tahun Baru 2026 Masehi'),
    ('2026-01-16', 'HOLIDAY', 'Isra Mikraj Nabi Muhammad SAW'),
    ('2026-02-16', 'COLLECTIVE_LEAVE', 'Cuti bersama Tahun Baru Imlek'),
    ('2026-02-17', 'HOLIDAY', 'Tahun Baru Imlek 2577 Kongzili'),
    ('2026-03-18', 'COLLECTIVE_LEAVE', 'Cuti bersama Hari Suci Nyepi'),
    ('2026-03-19', 'HOLIDAY', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
    ('2026-03-20', 'COLLECTIVE_LEAVE', 'Cuti bersama Idulfitri'),
    ('2026-03-21', 'HOLIDAY', 'Idulfitri 1447 H'),
    ('2026-03-22', 'HOLIDAY', 'Idulfitri 1447 H'),
    ('2026-03-23', 'COLLECTIVE_LEAVE', 'Cuti bersama Idulfitri'),
    ('2026-03-24', 'COLLECTIVE_LEAVE', 'Cuti bersama Idulfitri'),
    ('2026-04-03', 'HOLIDAY', 'Wafat Yesus Kristus'),
    ('2026-04-05', 'HOLIDAY', 'Kebangkitan Yesus Kristus (Paskah)'),
    ('2026-05-01', 'HOLIDAY', 'Hari Buruh Internasional'),
    ('2026-05-14', 'HOLIDAY', 'Kenaikan Yesus Kristus'),
    ('2026-05-15', 'COLLECTIVE_LEAVE', 'Cuti bersama Kenaikan Yesus Kristus'),
    ('2026-05-27', 'HOLIDAY', 'Iduladha 1447 H'),
    ('2026-05-28', 'COLLECTIVE_LEAVE', 'Cuti bersama Iduladha'),
    ('2026-05-31', 'HOLIDAY', 'Hari Raya Waisak 2570 BE'),
    ('2026-06-01', 'HOLIDAY', 'Hari Lahir Pancasila'),
    ('2026-06-16', 'HOLIDAY', '1 Muharam Tahun Baru Islam 1448 H'),
    ('2026-08-17', 'HOLIDAY', 'Proklamasi Kemerdekaan'),
    ('2026-08-25', 'HOLIDAY', 'Maulid Nabi Muhammad SAW'),
    ('2026-12-24', 'COLLECTIVE_LEAVE', 'Cuti bersama Kelahiran Yesus Kristus'),
    ('2026-12-25', 'HOLIDAY', 'Kelahiran Yesus Kristus')
) AS v (d, k, n);
