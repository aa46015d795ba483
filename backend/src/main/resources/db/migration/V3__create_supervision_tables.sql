-- Check-in plans are versioned: a change from a date on closes the running version at that date
-- and opens a new one, so compliance before the change is computed with the old rule.
CREATE TABLE checkin_plan (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    series_id      CHAR(36)     NOT NULL,
    case_id        CHAR(36)     NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    rrule          VARCHAR(500) NOT NULL,
    grace          VARCHAR(32)  NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE         NULL,
    created_by     CHAR(36)     NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_plan_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_plan_case (case_id, effective_from),
    INDEX ix_plan_series (series_id, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A satisfied expectation: the person's own check-in, office presence ("kiểm diện") or a
-- residence verification by the commune police. id is the client's UUID (offline creation).
CREATE TABLE checkin (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    case_id      CHAR(36)     NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    received_at  DATETIME(6)  NOT NULL,
    wellbeing    TINYINT      NULL,
    craving      TINYINT      NULL,
    note         VARCHAR(1000) NULL,
    latitude     DECIMAL(6, 2) NULL,
    longitude    DECIMAL(6, 2) NULL,
    recorded_by  CHAR(36)     NOT NULL,
    CONSTRAINT fk_checkin_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_checkin_case (case_id, kind, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_log (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    case_id            CHAR(36)      NOT NULL,
    type               VARCHAR(32)   NOT NULL,
    occurred_at        DATETIME(6)   NOT NULL,
    received_at        DATETIME(6)   NOT NULL,
    summary            VARCHAR(2000) NOT NULL,
    concerns           VARCHAR(200)  NOT NULL,
    follow_up_needed   BOOLEAN       NOT NULL,
    recorded_by        CHAR(36)      NOT NULL,
    CONSTRAINT fk_contact_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_contact_case (case_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE drug_test (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    case_id      CHAR(36)     NOT NULL,
    tested_on    DATE         NOT NULL,
    result       VARCHAR(16)  NOT NULL,
    tested_by    VARCHAR(200) NOT NULL,
    recorded_by  CHAR(36)     NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_drug_test_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_drug_test_case (case_id, tested_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consent per purpose; the newest row for a case and purpose is in force.
CREATE TABLE consent (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    case_id      CHAR(36)     NOT NULL,
    purpose      VARCHAR(40)  NOT NULL,
    granted      BOOLEAN      NOT NULL,
    recorded_by  CHAR(36)     NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    seq          BIGINT       NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_consent_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_consent_case (case_id, purpose, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
