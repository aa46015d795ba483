-- Column mappings of the console's Excel import (package intake). A commune maps the columns of its
-- list of persons once; the next upload whose header row reads the same is read with that mapping.
-- Keyed by the commune and the SHA-256 of the folded header row (the same words in the same order),
-- so a list laid out differently gets its own. `mapping` is one "column index=field" per line, plus
-- "basis=<ManagementBasis>" when every row takes one basis (a list without that column).
CREATE TABLE import_mapping (
    admin_unit_id CHAR(36)    NOT NULL,
    header_key    CHAR(64)    NOT NULL,
    mapping       TEXT        NOT NULL,
    updated_by    CHAR(36)    NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (admin_unit_id, header_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
