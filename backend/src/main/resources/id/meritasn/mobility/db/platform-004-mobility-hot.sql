--liquibase formatted sql

--changeset meritasn:mobility-platform-005
-- A published period rewrites every entry of the agency (its period name at least). An update that changes no indexed
-- column and finds room on the entry's own page is a heap-only tuple (HOT): none of the index entries are rewritten.
-- Entries are written agency by agency, so a period rewrites every entry of a page at once; the room for all of their new
-- versions is half the page. Measured on 5,000 entries of the national index whose box and competencies stayed the same:
-- 83 ms to update against 259-295 ms at the default fill (fillfactor 100: every index written again), at the price of a
-- heap twice the size (2.7 -> 5.5 GB for 4.3 million entries). Applies to pages written from now on: an index filled
-- before this changeset gets it with VACUUM FULL platform.mobility_index (or a rebuild of its agencies).
ALTER TABLE platform.mobility_index SET (fillfactor = 50);
-- No search uses it: the region a person is willing to move to is compared without case (MobilityIndexRepository.filters),
-- which a GIN index on the array cannot answer. It was written on every insert and update.
DROP INDEX IF EXISTS platform.mobility_index_wanted_regions_idx;
