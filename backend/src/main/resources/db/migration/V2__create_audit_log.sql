-- Append-only, hash-chained audit log: hash = SHA-256(prev_hash | fields of this row).
CREATE TABLE audit_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor_id     CHAR(36)     NULL,
    actor_role   VARCHAR(16)  NULL,
    action       VARCHAR(40)  NOT NULL,
    case_id      CHAR(36)     NULL,
    target       VARCHAR(100) NULL,
    client_ip    VARCHAR(64)  NULL,
    detail       VARCHAR(500) NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    INDEX ix_audit_case (case_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row holding the chain's head; appenders lock it so the chain stays linear.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
