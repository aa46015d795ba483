-- Why an occurrence was cancelled or a plan version ended when the case's life did it: the case
-- closed (CASE_CLOSED), paused (CASE_PAUSED: suspended; resuming brings these back) or moved to
-- another commune (CASE_MOVED, appointments at the old commune's places only). NULL: an officer's
-- or mentor's own cancellation or end, which resuming leaves alone.
ALTER TABLE appointment_occurrence ADD COLUMN cancel_cause VARCHAR(16) NULL;
ALTER TABLE checkin_plan ADD COLUMN end_cause VARCHAR(16) NULL;
