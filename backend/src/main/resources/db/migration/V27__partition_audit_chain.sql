-- The audit log becomes 64 hash chains instead of one, so that concurrent writes no longer queue
-- behind a single head row: an appender locks any free chain head (FOR UPDATE SKIP LOCKED) and links
-- its rows into that chain. `seq` (AUTO_INCREMENT) stays the global order of insertion; `chain` and
-- `chain_seq` are each row's place in its chain, which the hash covers through the link to the
-- previous row of the same chain.
ALTER TABLE audit_event
    ADD COLUMN chain     SMALLINT NOT NULL DEFAULT 1 AFTER seq,
    ADD COLUMN chain_seq BIGINT   NULL AFTER chain;

-- Rows written so far form chain 1, numbered 1, 2, 3… exactly as their seq (the one chain was gap-free).
-- The append-only guard is lifted for this one statement only.
DROP TRIGGER audit_event_no_update;
UPDATE audit_event SET chain_seq = seq;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

ALTER TABLE audit_event
    MODIFY chain_seq BIGINT NOT NULL,
    ADD CONSTRAINT uq_audit_chain_seq UNIQUE (chain, chain_seq);

-- Heads of chains 2..64. Chain 1 keeps its all-zero genesis; every other chain starts from a
-- genesis of its own (SHA-256 of "donghanh-audit-chain|<n>"), so a row cannot be moved between
-- chains without breaking a link.
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES
    (2, 0, SHA2('donghanh-audit-chain|2', 256)),
    (3, 0, SHA2('donghanh-audit-chain|3', 256)),
    (4, 0, SHA2('donghanh-audit-chain|4', 256)),
    (5, 0, SHA2('donghanh-audit-chain|5', 256)),
    (6, 0, SHA2('donghanh-audit-chain|6', 256)),
    (7, 0, SHA2('donghanh-audit-chain|7', 256)),
    (8, 0, SHA2('donghanh-audit-chain|8', 256)),
    (9, 0, SHA2('donghanh-audit-chain|9', 256)),
    (10, 0, SHA2('donghanh-audit-chain|10', 256)),
    (11, 0, SHA2('donghanh-audit-chain|11', 256)),
    (12, 0, SHA2('donghanh-audit-chain|12', 256)),
    (13, 0, SHA2('donghanh-audit-chain|13', 256)),
    (14, 0, SHA2('donghanh-audit-chain|14', 256)),
    (15, 0, SHA2('donghanh-audit-chain|15', 256)),
    (16, 0, SHA2('donghanh-audit-chain|16', 256)),
    (17, 0, SHA2('donghanh-audit-chain|17', 256)),
    (18, 0, SHA2('donghanh-audit-chain|18', 256)),
    (19, 0, SHA2('donghanh-audit-chain|19', 256)),
    (20, 0, SHA2('donghanh-audit-chain|20', 256)),
    (21, 0, SHA2('donghanh-audit-chain|21', 256)),
    (22, 0, SHA2('donghanh-audit-chain|22', 256)),
    (23, 0, SHA2('donghanh-audit-chain|23', 256)),
    (24, 0, SHA2('donghanh-audit-chain|24', 256)),
    (25, 0, SHA2('donghanh-audit-chain|25', 256)),
    (26, 0, SHA2('donghanh-audit-chain|26', 256)),
    (27, 0, SHA2('donghanh-audit-chain|27', 256)),
    (28, 0, SHA2('donghanh-audit-chain|28', 256)),
    (29, 0, SHA2('donghanh-audit-chain|29', 256)),
    (30, 0, SHA2('donghanh-audit-chain|30', 256)),
    (31, 0, SHA2('donghanh-audit-chain|31', 256)),
    (32, 0, SHA2('donghanh-audit-chain|32', 256)),
    (33, 0, SHA2('donghanh-audit-chain|33', 256)),
    (34, 0, SHA2('donghanh-audit-chain|34', 256)),
    (35, 0, SHA2('donghanh-audit-chain|35', 256)),
    (36, 0, SHA2('donghanh-audit-chain|36', 256)),
    (37, 0, SHA2('donghanh-audit-chain|37', 256)),
    (38, 0, SHA2('donghanh-audit-chain|38', 256)),
    (39, 0, SHA2('donghanh-audit-chain|39', 256)),
    (40, 0, SHA2('donghanh-audit-chain|40', 256)),
    (41, 0, SHA2('donghanh-audit-chain|41', 256)),
    (42, 0, SHA2('donghanh-audit-chain|42', 256)),
    (43, 0, SHA2('donghanh-audit-chain|43', 256)),
    (44, 0, SHA2('donghanh-audit-chain|44', 256)),
    (45, 0, SHA2('donghanh-audit-chain|45', 256)),
    (46, 0, SHA2('donghanh-audit-chain|46', 256)),
    (47, 0, SHA2('donghanh-audit-chain|47', 256)),
    (48, 0, SHA2('donghanh-audit-chain|48', 256)),
    (49, 0, SHA2('donghanh-audit-chain|49', 256)),
    (50, 0, SHA2('donghanh-audit-chain|50', 256)),
    (51, 0, SHA2('donghanh-audit-chain|51', 256)),
    (52, 0, SHA2('donghanh-audit-chain|52', 256)),
    (53, 0, SHA2('donghanh-audit-chain|53', 256)),
    (54, 0, SHA2('donghanh-audit-chain|54', 256)),
    (55, 0, SHA2('donghanh-audit-chain|55', 256)),
    (56, 0, SHA2('donghanh-audit-chain|56', 256)),
    (57, 0, SHA2('donghanh-audit-chain|57', 256)),
    (58, 0, SHA2('donghanh-audit-chain|58', 256)),
    (59, 0, SHA2('donghanh-audit-chain|59', 256)),
    (60, 0, SHA2('donghanh-audit-chain|60', 256)),
    (61, 0, SHA2('donghanh-audit-chain|61', 256)),
    (62, 0, SHA2('donghanh-audit-chain|62', 256)),
    (63, 0, SHA2('donghanh-audit-chain|63', 256)),
    (64, 0, SHA2('donghanh-audit-chain|64', 256));
