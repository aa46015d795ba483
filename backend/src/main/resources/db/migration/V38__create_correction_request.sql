-- Issue 17: a person's request to correct a field of their case (Personal Data Protection Law 91/2025),
-- answered by a commune officer in scope. The proposed value is kept encrypted like the case's phone and
-- national ID (it may be one of them); the field's current value is read from the case, never copied here.
CREATE TABLE correction_request (
    id              CHAR(36)       NOT NULL PRIMARY KEY,
    case_id         CHAR(36)       NOT NULL,
    field           VARCHAR(32)    NOT NULL,
    proposed_enc    VARBINARY(2048) NOT NULL,
    reason          VARCHAR(1000)  NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    requested_by    CHAR(36)       NOT NULL,
    requested_at    DATETIME(6)    NOT NULL,
    decided_by      CHAR(36)       NULL,
    decided_at      DATETIME(6)    NULL,
    decline_reason  VARCHAR(1000)  NULL,
    INDEX ix_correction_case (case_id, requested_at),
    INDEX ix_correction_status (status, requested_at),
    CONSTRAINT fk_correction_case FOREIGN KEY (case_id) REFERENCES managed_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
