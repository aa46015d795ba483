-- Server-side sessions of the web console (package console). The browser holds only an opaque
-- random token in an HttpOnly cookie; the row is found by the token's SHA-256, so a copy of this
-- table signs nobody in. The snapshot of the caller (role, unit, organisation) is what an access
-- token would carry; token_version ties the session to the account's version, so deactivating the
-- account or changing its access ends console sessions as it ends access tokens.
CREATE TABLE console_session (
    token_hash      CHAR(64)     NOT NULL PRIMARY KEY,
    account_id      CHAR(36)     NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    admin_unit_id   CHAR(36)     NOT NULL,
    unit_path       VARCHAR(1000) NOT NULL,
    organisation_id CHAR(36)     NULL,
    token_version   INT          NOT NULL,
    csrf_token      CHAR(43)     NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    last_seen_at    DATETIME(3)  NOT NULL,
    expires_at      DATETIME(3)  NOT NULL,
    KEY ix_console_session_account (account_id),
    KEY ix_console_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
