-- Phones register their FCM registration tokens; a token FCM reports as unregistered is dropped.
CREATE TABLE device_token (
    token         VARCHAR(512) NOT NULL PRIMARY KEY,
    account_id    CHAR(36)     NOT NULL,
    platform      VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_device_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_device_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Delivery state of each outbox row: PENDING -> SENT (push delivered, or inbox only) / FAILED.
ALTER TABLE outbox
    ADD COLUMN channel    VARCHAR(16)  NULL,
    ADD COLUMN sent_at    DATETIME(6)  NULL,
    ADD COLUMN last_error VARCHAR(500) NULL;
