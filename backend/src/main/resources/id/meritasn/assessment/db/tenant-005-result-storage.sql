--liquibase formatted sql

--changeset meritasn:assessment-tenant-005
-- A result row with its explanation is 2-3 KB, just above PostgreSQL's default 2 KB point at which it tries to
-- compress a row and move values out of line (TOAST). A full recompute writes tens of thousands of them in one
-- transaction, and the compression attempts were a large part of the write time in the talent-map benchmark. Rows up
-- to a page now stay inline as written; the explanation is read whole and never queried inside, so nothing is lost.
ALTER TABLE talent_result SET (toast_tuple_target = 8160);
