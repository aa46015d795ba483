-- The publisher looks for changes that are unnumbered and visible (published_seq IS NULL AND visible_at
-- passed or none). With only uq_sync_published it walked every unnumbered change, including the morning's
-- reminders queued ahead and hidden until they are due (100,000 on a methadone morning), every second:
-- the methadone-morning benchmark took 62 s instead of 53 s once publishing became a job (issue 16). This
-- index reaches the visible ones; the publisher's READ COMMITTED batches lock only what they number.
CREATE INDEX ix_sync_change_pending ON sync_change (published_seq, visible_at, seq);
