-- Occurrences whose reminders are all queued for their current start time: the reminder job walks
-- only the others, so the busy minute is not spent re-reading a morning it has already queued.
-- A moved occurrence has a new start time and is walked again; a change of the person's reminder
-- settings forgets the case's rows.
CREATE TABLE reminder_queued (
    occurrence_id  CHAR(36)    NOT NULL PRIMARY KEY,
    starts_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_reminder_queued_occurrence FOREIGN KEY (occurrence_id) REFERENCES appointment_occurrence (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
