-- The phones' incremental sync feed. Triggers record every change to what a phone shows; a
-- publisher numbers committed changes in commit order (published_seq), so a reader that has seen
-- published_seq N never misses a change that commits later with a smaller seq.
CREATE TABLE sync_change (
    seq            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    published_seq  BIGINT      NULL,
    entity         VARCHAR(16) NOT NULL,
    entity_id      CHAR(36)    NOT NULL,
    case_id        CHAR(36)    NULL,
    account_id     CHAR(36)    NULL,
    changed_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_sync_published UNIQUE (published_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: the last number handed out; its row lock serialises publishers across instances.
CREATE TABLE sync_publisher (
    id        TINYINT NOT NULL PRIMARY KEY,
    last_seq  BIGINT  NOT NULL
) ENGINE = InnoDB;
INSERT INTO sync_publisher (id, last_seq) VALUES (1, 0);

CREATE TRIGGER sync_case_insert AFTER INSERT ON managed_case FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('CASE', NEW.id, NEW.id);
CREATE TRIGGER sync_case_update AFTER UPDATE ON managed_case FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('CASE', NEW.id, NEW.id);
-- A case summary names its mentor.
CREATE TRIGGER sync_assignment_insert AFTER INSERT ON mentor_assignment FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('CASE', NEW.case_id, NEW.case_id);
CREATE TRIGGER sync_assignment_update AFTER UPDATE ON mentor_assignment FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('CASE', NEW.case_id, NEW.case_id);

CREATE TRIGGER sync_occurrence_insert AFTER INSERT ON appointment_occurrence FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('APPOINTMENT', NEW.id, NEW.case_id);
CREATE TRIGGER sync_occurrence_update AFTER UPDATE ON appointment_occurrence FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('APPOINTMENT', NEW.id, NEW.case_id);

CREATE TRIGGER sync_checkin_insert AFTER INSERT ON checkin FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('CHECKIN', NEW.id, NEW.case_id);
-- Withdrawn location consent erases coordinates: phones must forget them too.
CREATE TRIGGER sync_checkin_update AFTER UPDATE ON checkin FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('CHECKIN', NEW.id, NEW.case_id);

CREATE TRIGGER sync_contact_insert AFTER INSERT ON contact_log FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('CONTACT', NEW.id, NEW.case_id);

CREATE TRIGGER sync_reminder_insert AFTER INSERT ON reminder FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('REMINDER', NEW.id, NEW.case_id);
CREATE TRIGGER sync_reminder_update AFTER UPDATE ON reminder FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id) VALUES ('REMINDER', NEW.id, NEW.case_id);

-- Messages and notifications belong to accounts, not to everyone who may see the case.
CREATE TRIGGER sync_message_insert AFTER INSERT ON message FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, account_id)
    VALUES ('MESSAGE', NEW.id, NEW.case_id, NEW.sender_id), ('MESSAGE', NEW.id, NEW.case_id, NEW.recipient_id);
CREATE TRIGGER sync_message_update AFTER UPDATE ON message FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, account_id)
    VALUES ('MESSAGE', NEW.id, NEW.case_id, NEW.sender_id), ('MESSAGE', NEW.id, NEW.case_id, NEW.recipient_id);

CREATE TRIGGER sync_notification_insert AFTER INSERT ON notification FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, account_id) VALUES ('NOTIFICATION', NEW.id, NEW.case_id, NEW.account_id);
CREATE TRIGGER sync_notification_update AFTER UPDATE ON notification FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, account_id) VALUES ('NOTIFICATION', NEW.id, NEW.case_id, NEW.account_id);
