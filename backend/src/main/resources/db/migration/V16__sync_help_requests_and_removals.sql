-- Help requests reach the phones through the sync feed: the person sees theirs acknowledged, the
-- mentor and officers see who needs help (escalation and resolution are updates).
CREATE TRIGGER sync_help_request_insert AFTER INSERT ON help_request FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('HELP_REQUEST', NEW.id, NEW.case_id);
CREATE TRIGGER sync_help_request_update AFTER UPDATE ON help_request FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('HELP_REQUEST', NEW.id, NEW.case_id);

-- A case that leaves someone's scope: a REMOVED change tells their phone to forget it (entity_id is the
-- case id). For a mentor, addressed to the mentor's account when their active assignment ends; for
-- officers, not addressed (account_id NULL) but carrying the unit the case left (from_unit_id), so the
-- feed can hand it to the officers whose units covered that unit and no longer cover the case.
ALTER TABLE sync_change ADD COLUMN from_unit_id CHAR(36) NULL;

-- Second AFTER UPDATE triggers on these tables: they fire after V9's, in creation order. Single statements
-- (INSERT ... SELECT ... WHERE) rather than IF blocks.
CREATE TRIGGER sync_assignment_removed AFTER UPDATE ON mentor_assignment FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, account_id)
    SELECT 'REMOVED', NEW.case_id, NEW.case_id, NEW.mentor_id FROM DUAL WHERE OLD.active AND NOT NEW.active;
CREATE TRIGGER sync_case_moved AFTER UPDATE ON managed_case FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, from_unit_id)
    SELECT 'REMOVED', NEW.id, NEW.id, OLD.admin_unit_id FROM DUAL WHERE NOT (OLD.admin_unit_id <=> NEW.admin_unit_id);
