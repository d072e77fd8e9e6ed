--liquibase formatted sql

--changeset meritasn:mobility-platform-004
-- Ranking by JPM against a standard (MobilityIndexRepository.search). JobPersonMatch sums the achieved levels as they
-- are (no cap at the required level) over the standard's competencies, so the order of the entries depends only on
-- which competencies the standard names. Standards name the nine managerial and socio-cultural competencies below plus
-- technical ones few entries hold. An entry holding none of the standard's technical competencies scores the sum of its
-- common levels: this index gives those entries in exact rank order (sum descending, then agency and NIP, the keyset
-- order), so a page reads a few rows. The expression must stay exactly MobilityIndexRepository.COMMON_LEVELS, or the
-- planner cannot use it (MobilityIndexIT checks the plan). The entries holding a technical competency come from the
-- GIN index on what an entry holds beyond the common set (one key for most entries, their own level's: 12 MB for the
-- 4.3 million national entries) and are scored one by one: cheap for a rare one (teknis_jpt_pratama, 5,872 holders),
-- but a standard naming a widely held one (teknis_pelaksana, 1.3 million) scores all its holders: exact, not bounded.
-- IF NOT EXISTS: built by hand on the national data before this changeset ran there (10 s and 5 s).
CREATE INDEX IF NOT EXISTS mobility_index_common_level_idx ON platform.mobility_index
    ((coalesce((competencies ->> 'integritas')::int, 0) + coalesce((competencies ->> 'kerja_sama')::int, 0) + coalesce((competencies ->> 'komunikasi')::int, 0) + coalesce((competencies ->> 'orientasi_hasil')::int, 0) + coalesce((competencies ->> 'pelayanan_publik')::int, 0) + coalesce((competencies ->> 'pengembangan_diri')::int, 0) + coalesce((competencies ->> 'mengelola_perubahan')::int, 0) + coalesce((competencies ->> 'pengambilan_keputusan')::int, 0) + coalesce((competencies ->> 'perekat_bangsa')::int, 0)) DESC, agency, nip);
CREATE INDEX IF NOT EXISTS mobility_index_technical_idx ON platform.mobility_index
    USING gin ((competencies - ARRAY['integritas', 'kerja_sama', 'komunikasi', 'orientasi_hasil', 'pelayanan_publik', 'pengembangan_diri', 'mengelola_perubahan', 'pengambilan_keputusan', 'perekat_bangsa']::text[]));
