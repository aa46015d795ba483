-- Per-person reminder settings: the channel (the app, or SMS for a feature phone), offsets that
-- replace the per-type defaults, and quiet hours that replace the service's.
CREATE TABLE reminder_setting (
    case_id      CHAR(36)     NOT NULL PRIMARY KEY,
    channel      VARCHAR(8)   NOT NULL,
    offsets      VARCHAR(200) NULL,
    quiet_from   TIME         NULL,
    quiet_until  TIME         NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   CHAR(36)     NOT NULL,
    CONSTRAINT fk_reminder_setting_case FOREIGN KEY (case_id) REFERENCES managed_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each outbox row is one notification on one channel (PUSH or SMS), once: dedupe_key is the
-- notification's key and the channel. A dispatcher leases the rows it is sending (SENDING until
-- claimed_until); rows whose lease ran out (the instance died) are claimed again.
ALTER TABLE outbox
    ADD COLUMN dedupe_key    VARCHAR(240) NULL,
    ADD COLUMN claimed_until DATETIME(6)  NULL;
UPDATE outbox o JOIN notification n ON n.id = o.notification_id SET o.dedupe_key = CONCAT(n.dedupe_key, '#PUSH');
ALTER TABLE outbox
    MODIFY dedupe_key VARCHAR(240) NOT NULL,
    ADD CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key);
