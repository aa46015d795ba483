-- A person moving between communes (DESIGN.md §3 Transfer, Law 120/2025): a record of its own with a state machine
-- (transfer/TransferState). The sending commune starts it (REQUESTED), or the receiving commune asks for a person who
-- reported there first (ASKED) and the holder releases it (OFFERED); the receiver accepts or declines. At most one
-- transfer of a case is open at a time: open_case_id holds the case id only while the transfer is open (the store
-- clears it with the answer that closes it), and NULLs do not collide in a unique index.
CREATE TABLE case_transfer (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    case_id             CHAR(36)      NOT NULL,
    from_unit_id        CHAR(36)      NOT NULL,
    to_unit_id          CHAR(36)      NOT NULL,
    initiated_by        VARCHAR(8)    NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    move_date           DATE          NOT NULL,
    reason              VARCHAR(500)  NOT NULL,
    new_address         VARCHAR(500)  NULL,
    note                VARCHAR(1000) NULL,
    -- The case's status when the transfer was started: acceptance is refused if it changed meanwhile.
    case_status         VARCHAR(16)   NOT NULL,
    requested_by        CHAR(36)      NOT NULL,
    requested_at        DATETIME(6)   NOT NULL,
    -- When the side that must answer now (the holder for ASKED, the receiver otherwise) should have answered.
    answer_due_at       DATETIME(6)   NOT NULL,
    offered_by          CHAR(36)      NULL,
    offered_at          DATETIME(6)   NULL,
    answered_by         CHAR(36)      NULL,
    answered_at         DATETIME(6)   NULL,
    answer_reason       VARCHAR(1000) NULL,
    escalated_at        DATETIME(6)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    open_case_id        CHAR(36)      NULL,
    CONSTRAINT uq_case_transfer_open UNIQUE (open_case_id),
    INDEX ix_case_transfer_case (case_id, requested_at),
    INDEX ix_case_transfer_to (to_unit_id, state),
    INDEX ix_case_transfer_from (from_unit_id, state),
    INDEX ix_case_transfer_due (state, escalated_at, answer_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
