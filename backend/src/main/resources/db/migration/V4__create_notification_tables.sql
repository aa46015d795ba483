-- Every notification lands in the recipient's inbox; the same row is queued in the outbox for
-- push/SMS delivery (the delivery work claims outbox rows). dedupe_key makes each event fire once,
-- whichever instance of the service notices it first.
CREATE TABLE notification (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    account_id  CHAR(36)      NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    priority    VARCHAR(8)    NOT NULL,
    case_id     CHAR(36)      NULL,
    subject_id  CHAR(36)      NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    dedupe_key  VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_notification_inbox (account_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox (
    id               CHAR(36)    NOT NULL PRIMARY KEY,
    notification_id  CHAR(36)    NOT NULL,
    account_id       CHAR(36)    NOT NULL,
    status           VARCHAR(16) NOT NULL,
    attempts         INT         NOT NULL,
    next_attempt_at  DATETIME(6) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
    INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The escalation ladder of an overdue plan occurrence: mentor first, then the commune's officers.
-- One row per (plan series, overdue since); its timestamps are the ladder's state, so a restart
-- neither loses nor repeats a step. first_action_* is the time to the first human response.
CREATE TABLE overdue_alert (
    id                  CHAR(36)    NOT NULL PRIMARY KEY,
    case_id             CHAR(36)    NOT NULL,
    series_id           CHAR(36)    NOT NULL,
    kind                VARCHAR(32) NOT NULL,
    overdue_since       DATETIME(6) NOT NULL,
    mentor_notified_at  DATETIME(6) NULL,
    officer_notified_at DATETIME(6) NULL,
    first_action_at     DATETIME(6) NULL,
    first_action_kind   VARCHAR(32) NULL,
    first_action_by     CHAR(36)    NULL,
    resolved_at         DATETIME(6) NULL,
    created_at          DATETIME(6) NOT NULL,
    CONSTRAINT uq_overdue_alert UNIQUE (series_id, overdue_since),
    CONSTRAINT fk_alert_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_alert_open (resolved_at, officer_notified_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE help_request (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    case_id          CHAR(36)      NOT NULL,
    category         VARCHAR(16)   NOT NULL,
    note             VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    escalated_at     DATETIME(6)   NULL,
    acknowledged_at  DATETIME(6)   NULL,
    acknowledged_by  CHAR(36)      NULL,
    resolved_at      DATETIME(6)   NULL,
    resolved_by      CHAR(36)      NULL,
    resolution_note  VARCHAR(1000) NULL,
    CONSTRAINT fk_help_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_help_open (acknowledged_at, escalated_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Text messages about a case between a person and their mentor, or a mentor and the case's officer.
CREATE TABLE message (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    case_id       CHAR(36)      NOT NULL,
    sender_id     CHAR(36)      NOT NULL,
    recipient_id  CHAR(36)      NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    sent_at       DATETIME(6)   NOT NULL,
    read_at       DATETIME(6)   NULL,
    seq           BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_message_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_message_thread (case_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
