-- The reminder job walks scheduled occurrences by start time in pages (keyset: starts_at, id); without
-- this index every page scanned and sorted every occurrence, which the methadone morning (a dose per
-- person per day) turns into minutes.
CREATE INDEX ix_occurrence_due ON appointment_occurrence (status, starts_at, id);
