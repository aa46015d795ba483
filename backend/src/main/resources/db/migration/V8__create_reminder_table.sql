-- One reminder of one appointment occurrence at one offset, fired once per start time (a moved
-- appointment is reminded again); delivery state lives in the notification's outbox row.
CREATE TABLE reminder (
    id               CHAR(36)    NOT NULL PRIMARY KEY,
    occurrence_id    CHAR(36)    NOT NULL,
    case_id          CHAR(36)    NOT NULL,
    account_id       CHAR(36)    NOT NULL,
    offset_before    VARCHAR(16) NOT NULL,
    starts_at        DATETIME(6) NOT NULL,
    due_at           DATETIME(6) NOT NULL,
    fired_at         DATETIME(6) NOT NULL,
    notification_id  CHAR(36)    NULL,
    acknowledged_at  DATETIME(6) NULL,
    acknowledgement  VARCHAR(16) NULL,
    CONSTRAINT uq_reminder UNIQUE (occurrence_id, offset_before, starts_at),
    CONSTRAINT fk_reminder_occurrence FOREIGN KEY (occurrence_id) REFERENCES appointment_occurrence (id),
    INDEX ix_reminder_case (case_id, fired_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
