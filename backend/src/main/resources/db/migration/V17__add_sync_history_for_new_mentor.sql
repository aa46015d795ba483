-- A mentor who takes on a case (for the first time or again) gets the case's history, not only its
-- later changes: copies of the change rows for its check-ins, appointments, contact logs and help
-- requests, addressed to that mentor. The feed delivers them only while the case is the mentor's
-- (SyncFeed). Reminders are left out: a mentor's phone does not use them, and a reminder queued
-- ahead must stay hidden until it is due (V12).
CREATE TRIGGER sync_assignment_history AFTER INSERT ON mentor_assignment FOR EACH ROW
    INSERT INTO sync_change (entity, entity_id, case_id, account_id)
    SELECT 'CHECKIN', c.id, c.case_id, NEW.mentor_id FROM checkin c WHERE NEW.active AND c.case_id = NEW.case_id
    UNION ALL
    SELECT 'APPOINTMENT', o.id, o.case_id, NEW.mentor_id FROM appointment_occurrence o
        WHERE NEW.active AND o.case_id = NEW.case_id
    UNION ALL
    SELECT 'CONTACT', l.id, l.case_id, NEW.mentor_id FROM contact_log l WHERE NEW.active AND l.case_id = NEW.case_id
    UNION ALL
    SELECT 'HELP_REQUEST', h.id, h.case_id, NEW.mentor_id FROM help_request h
        WHERE NEW.active AND h.case_id = NEW.case_id;
