-- Reminders are queued a few minutes before they are due (so the due minute only delivers). Their
-- reminder and notification rows must reach the phones' sync feed at the due time, not before:
-- a change is published only once its visible_at has come (NULL: at once).
ALTER TABLE sync_change ADD COLUMN visible_at DATETIME(6) NULL;

DROP TRIGGER sync_reminder_insert;
CREATE TRIGGER sync_reminder_insert AFTER INSERT ON reminder FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, visible_at) VALUES ('REMINDER', NEW.id, NEW.case_id, NEW.due_at);

DROP TRIGGER sync_notification_insert;
CREATE TRIGGER sync_notification_insert AFTER INSERT ON notification FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, account_id, visible_at)
    VALUES ('NOTIFICATION', NEW.id, NEW.case_id, NEW.account_id, NEW.created_at);
