--liquibase formatted sql

--changeset meritasn:assessment-tenant-014
-- The nine-box grid counts the latest version of every employee's result (talentMapSummary). Through the primary key
-- that count reads every heap page of the period's results, explanations included (96 MB for 49,000 employees, half
-- a second when the agency's pages are not cached, which across 600 agencies is the normal case: 8.8 GB of results
-- nationally). This index holds what the count needs, so it is answered from 3.5 MB of index pages instead (45 ms
-- cold for 60,000 employees).
CREATE INDEX talent_result_latest_idx ON talent_result (period_id, nip, version DESC) INCLUDE (box, mapped);
