-- Issue 16: the feed asks "changes of these cases since N" and "changes addressed to this account since N";
-- without these indexes it range-scanned published_seq > N over everyone's changes and filtered by scope row by
-- row (a 300-case commune's page read 73,277 rows to keep 201). The officers' REMOVED changes are found by entity.
CREATE INDEX ix_sync_change_case ON sync_change (case_id, published_seq);
CREATE INDEX ix_sync_change_account ON sync_change (account_id, published_seq);
CREATE INDEX ix_sync_change_entity ON sync_change (entity, published_seq);

-- Changes older than donghanh.sync.change-horizon are deleted (sync/SyncPruner). One row: every change numbered
-- up to pruned_through may be gone, so a cursor before it is told to start again from a snapshot (410). Its row
-- lock makes pruners on several instances take turns.
CREATE TABLE sync_prune (
    id              TINYINT NOT NULL PRIMARY KEY,
    pruned_through  BIGINT  NOT NULL
) ENGINE = InnoDB;
INSERT INTO sync_prune (id, pruned_through) VALUES (1, 0);
