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
