-- The periodic report (and the reintegration replay) read a chunk of cases' answered retention
-- checks by case_id; without this index each chunk scanned the whole table (issue 15 benchmark:
-- 1.28 M rows read per province report of 100,000 cases for 12,510 checks).
CREATE INDEX ix_retention_check_case ON retention_check (case_id);
