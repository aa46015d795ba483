-- Appointments: a series (one-off when rrule is null) and its occurrences, generated only within a
-- rolling horizon so a daily methadone dose does not become rows forever; the horizon moves daily.
CREATE TABLE appointment_series (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    case_id            CHAR(36)      NOT NULL,
    type               VARCHAR(24)   NOT NULL,
    place_id           CHAR(36)      NOT NULL,
    first_start_local  DATETIME      NOT NULL,
    rrule              VARCHAR(500)  NULL,
    duration_minutes   INT           NOT NULL,
    note               VARCHAR(1000) NULL,
    generated_until    DATETIME(6)   NOT NULL,
    cancelled_at       DATETIME(6)   NULL,
    created_by         CHAR(36)      NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_series_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    CONSTRAINT fk_series_place FOREIGN KEY (place_id) REFERENCES organisation (id),
    INDEX ix_series_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment_occurrence (
    id                  CHAR(36)    NOT NULL PRIMARY KEY,
    series_id           CHAR(36)    NOT NULL,
    case_id             CHAR(36)    NOT NULL,
    original_starts_at  DATETIME(6) NOT NULL,
    starts_at           DATETIME(6) NOT NULL,
    status              VARCHAR(16) NOT NULL,
    attendance          VARCHAR(16) NULL,
    attendance_by       CHAR(36)    NULL,
    attendance_at       DATETIME(6) NULL,
    CONSTRAINT uq_occurrence UNIQUE (series_id, original_starts_at),
    CONSTRAINT fk_occurrence_series FOREIGN KEY (series_id) REFERENCES appointment_series (id),
    INDEX ix_occurrence_case (case_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
