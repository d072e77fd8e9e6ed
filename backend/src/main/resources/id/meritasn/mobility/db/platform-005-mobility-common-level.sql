--liquibase formatted sql

--changeset meritasn:mobility-platform-006
-- The sum of the nine common competency levels (MobilityIndexRepository.COMMON), stored with the entry instead of
-- computed from the JSON at every use: the JPM ranking scores each holder of a standard's technical competency (5,864
-- for teknis_jpt_pratama on the national index) with ten lookups into its competencies; now one. The index of
-- platform-003 (the same sum, descending, agency, nip) is rebuilt on the column. An entry whose competencies did not
-- change keeps the same value, so its update stays heap-only (platform-004).
ALTER TABLE platform.mobility_index ADD COLUMN common_level int NOT NULL GENERATED ALWAYS AS (
    coalesce((competencies ->> 'integritas')::int, 0) + coalesce((competencies ->> 'kerja_sama')::int, 0)
    + coalesce((competencies ->> 'komunikasi')::int, 0) + coalesce((competencies ->> 'orientasi_hasil')::int, 0)
    + coalesce((competencies ->> 'pelayanan_publik')::int, 0) + coalesce((competencies ->> 'pengembangan_diri')::int, 0)
    + coalesce((competencies ->> 'mengelola_perubahan')::int, 0)
    + coalesce((competencies ->> 'pengambilan_keputusan')::int, 0) + coalesce((competencies ->> 'perekat_bangsa')::int, 0))
    STORED;
DROP INDEX platform.mobility_index_common_level_idx;
CREATE INDEX mobility_index_common_level_idx ON platform.mobility_index (common_level DESC, agency, nip);

--changeset meritasn:mobility-platform-007
-- Box and rank range in one index instead of one each. The rank index alone (rank_order >= 13 holds a quarter of the
-- national index, 1.1 million entries) let the planner AND it with the technical-competency index for the JPM ranking:
-- 220 ms to read the rank index for a branch that takes 25 ms without it (EXPLAIN ANALYZE on the national data; the
-- plan flipped between runs with the statistics' sample). Filters on boxes use the leading column, a box set with a
-- rank range both; a rank range alone filters the rows other indexes found. One index fewer to write, too.
CREATE INDEX IF NOT EXISTS mobility_index_box_rank_idx ON platform.mobility_index (box, rank_order);
DROP INDEX IF EXISTS platform.mobility_index_box_idx;
DROP INDEX IF EXISTS platform.mobility_index_rank_idx;

--changeset meritasn:mobility-platform-008
-- GIN's fast update puts new keys in a pending list that every search reads in full until a vacuum merges it: after
-- a few publications (60,872 pending keys, 427 pages) the technical-competency scan took 10 ms instead of 1.1-1.6 ms.
-- An entry holds one or two keys here, so writing them into the tree directly costs little.
ALTER INDEX platform.mobility_index_technical_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('platform.mobility_index_technical_idx'::regclass);
