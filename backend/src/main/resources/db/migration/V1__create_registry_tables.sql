-- Administrative units form a tree of any depth (province -> commune, legacy districts kept).
-- path is the materialised chain of ids ("/<root>/<child>/"), so "everything below a unit"
-- is one indexed prefix match.
CREATE TABLE admin_unit (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    level        VARCHAR(16)  NOT NULL,
    parent_id    CHAR(36)     NULL,
    legacy_code  VARCHAR(32)  NULL,
    path         VARCHAR(1000) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_admin_unit_code UNIQUE (code),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    INDEX ix_admin_unit_path (path(255))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    type          VARCHAR(40)  NOT NULL,
    admin_unit_id CHAR(36)     NOT NULL,
    address       VARCHAR(500) NULL,
    phone         VARCHAR(32)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_organisation_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Managed persons ("hồ sơ quản lý sau cai"). National ID and phone are AES-GCM ciphertext;
-- name_search is the diacritics-free fold of full_name for search.
CREATE TABLE managed_case (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    admin_unit_id      CHAR(36)     NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    name_search        VARCHAR(200) NOT NULL,
    date_of_birth      DATE         NOT NULL,
    sex                VARCHAR(16)  NOT NULL,
    ethnicity          VARCHAR(64)  NULL,
    preferred_language VARCHAR(8)   NOT NULL,
    phone_enc          VARBINARY(255) NULL,
    national_id_enc    VARBINARY(255) NULL,
    address            VARCHAR(500) NOT NULL,
    basis              VARCHAR(40)  NOT NULL,
    decision_number    VARCHAR(64)  NOT NULL,
    decision_date      DATE         NOT NULL,
    start_date         DATE         NOT NULL,
    planned_end_date   DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    status_since       DATE         NOT NULL,
    time_zone          VARCHAR(40)  NOT NULL,
    version            INT          NOT NULL,
    created_by         CHAR(36)     NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_case_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    INDEX ix_case_unit_status (admin_unit_id, status),
    INDEX ix_case_name (name_search, id),
    INDEX ix_case_due (status, planned_end_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id                     CHAR(36)     NOT NULL PRIMARY KEY,
    username               VARCHAR(64)  NULL,
    role                   VARCHAR(16)  NOT NULL,
    display_name           VARCHAR(200) NOT NULL,
    admin_unit_id          CHAR(36)     NOT NULL,
    organisation_id        CHAR(36)     NULL,
    case_id                CHAR(36)     NULL,
    phone_enc              VARBINARY(255) NULL,
    login_phone_hash       CHAR(64)     NULL,
    password_hash          VARCHAR(100) NULL,
    activation_code_hash   CHAR(64)     NULL,
    activation_expires_at  DATETIME(6)  NULL,
    active                 BOOLEAN      NOT NULL,
    failed_logins          INT          NOT NULL DEFAULT 0,
    locked_until           DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_login_phone UNIQUE (login_phone_hash),
    CONSTRAINT uq_account_case UNIQUE (case_id),
    CONSTRAINT fk_account_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_account_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_account_case FOREIGN KEY (case_id) REFERENCES managed_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Refresh tokens are stored as SHA-256 hashes; a family is one login's chain of rotations.
CREATE TABLE refresh_token (
    id           CHAR(36)    NOT NULL PRIMARY KEY,
    family_id    CHAR(36)    NOT NULL,
    account_id   CHAR(36)    NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    issued_at    DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6) NULL,
    revoked_at   DATETIME(6) NULL,
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_refresh_family (family_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The case timeline: registration, edits, status changes, mentor assignments.
CREATE TABLE case_event (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    case_id        CHAR(36)      NOT NULL,
    type           VARCHAR(32)   NOT NULL,
    from_status    VARCHAR(20)   NULL,
    to_status      VARCHAR(20)   NULL,
    reason         VARCHAR(1000) NULL,
    effective_date DATE          NOT NULL,
    actor_id       CHAR(36)      NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    seq            BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_event_case (case_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mentor_assignment (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    case_id     CHAR(36)     NOT NULL,
    mentor_id   CHAR(36)     NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE         NULL,
    end_reason  VARCHAR(500) NULL,
    active      BOOLEAN      NOT NULL,
    created_by  CHAR(36)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    ended_by    CHAR(36)     NULL,
    CONSTRAINT fk_assignment_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    CONSTRAINT fk_assignment_mentor FOREIGN KEY (mentor_id) REFERENCES account (id),
    INDEX ix_assignment_mentor (mentor_id, active),
    INDEX ix_assignment_case (case_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The national root: provinces hang below it, and national supervisors and admins are bound to it.
INSERT INTO admin_unit (id, code, name, level, parent_id, legacy_code, path, created_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'VN', 'Việt Nam', 'NATION', NULL, NULL,
        '/00000000-0000-0000-0000-000000000001/', UTC_TIMESTAMP(6));
