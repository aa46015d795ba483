-- Periodic reports (package report.periodic, issue 15). A commune's report for a period is submitted as numbered,
-- frozen versions: the counts of report_figure and the help-request samples never change after the submission, so
-- a later correction of the registry changes the live figures only; a correction is a new version (with a reason,
-- or after a supervisor sent the newest one back), and every version stays readable.

-- A period as it was first used: the days it covered then, so a later change of the configured calendar never
-- changes the days of a report already submitted.
CREATE TABLE report_period (
    code       VARCHAR(8)  NOT NULL PRIMARY KEY,
    kind       VARCHAR(12) NOT NULL,
    year       INT         NOT NULL,
    idx        INT         NOT NULL,
    starts_on  DATE        NOT NULL,
    ends_on    DATE        NOT NULL,
    created_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One submitted version. The unique key is also the lock of two officers submitting at once: the second insert of
-- the same version waits for the first and then fails as a duplicate (409), never a second version 1.
-- help_minutes: the frozen samples of the median (minutes to the first human answer), comma-separated.
CREATE TABLE report_submission (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    admin_unit_id     CHAR(36)      NOT NULL,
    period_code       VARCHAR(8)    NOT NULL,
    version           INT           NOT NULL,
    submitted_at      DATETIME(6)   NOT NULL,
    submitted_by      CHAR(36)      NOT NULL,
    deadline          DATE          NOT NULL,
    late              BOOLEAN       NOT NULL,
    figures_as_of     DATE          NOT NULL,
    narrative         TEXT          NOT NULL,
    correction_reason VARCHAR(1000) NULL,
    returned_at       DATETIME(6)   NULL,
    returned_by       CHAR(36)      NULL,
    return_comment    VARCHAR(1000) NULL,
    help_minutes      MEDIUMTEXT    NOT NULL,
    CONSTRAINT uq_report_submission_version UNIQUE (admin_unit_id, period_code, version),
    INDEX ix_report_submission_period (period_code, admin_unit_id),
    CONSTRAINT fk_report_submission_period FOREIGN KEY (period_code) REFERENCES report_period (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The frozen counts of a version, one row per COUNT indicator (percentages and medians are derived, never stored).
CREATE TABLE report_figure (
    submission_id CHAR(36)    NOT NULL,
    indicator     VARCHAR(48) NOT NULL,
    value         BIGINT      NOT NULL,
    PRIMARY KEY (submission_id, indicator),
    CONSTRAINT fk_report_figure_submission FOREIGN KEY (submission_id) REFERENCES report_submission (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The deadline reminder sent to a commune's officers for a period: claimed by its INSERT, so it goes once however
-- many instances run the job.
CREATE TABLE report_reminder (
    admin_unit_id CHAR(36)    NOT NULL,
    period_code   VARCHAR(8)  NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (admin_unit_id, period_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
