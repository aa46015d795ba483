-- The register of completion certificates (Form No. 54): each commune numbers its certificates per
-- year, 1, 2, 3, ... A number is issued once per case, when the case completes (or, for a case
-- completed before this register existed, at its first download), and never changes afterwards.
-- certificate_counter holds the last sequence given per commune and year: the issuing transaction
-- locks that one row, so two completions in one commune at once get different numbers without
-- holding up other communes.
CREATE TABLE certificate_counter (
    admin_unit_id  CHAR(36)  NOT NULL,
    year           SMALLINT  NOT NULL,
    last_seq       INT       NOT NULL,
    PRIMARY KEY (admin_unit_id, year),
    CONSTRAINT fk_certificate_counter_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The number as printed (number) is kept with its parts: a later change of the configured format
-- does not renumber a certificate already handed out.
CREATE TABLE certificate_number (
    case_id        CHAR(36)     NOT NULL PRIMARY KEY,
    admin_unit_id  CHAR(36)     NOT NULL,
    year           SMALLINT     NOT NULL,
    seq            INT          NOT NULL,
    number         VARCHAR(100) NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_certificate_seq UNIQUE (admin_unit_id, year, seq),
    CONSTRAINT fk_certificate_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    CONSTRAINT fk_certificate_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
