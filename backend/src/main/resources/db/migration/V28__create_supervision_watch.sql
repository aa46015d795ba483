-- Incremental escalation (issue 16): one row per check-in plan series with the state the escalation
-- scan last computed for it, so a scan looks only at what can have changed instead of every open case.
--   next_check_at  when the series' state can next change by time alone (ComplianceCalculator.State
--                  .nextChangeAt: usually its next unsatisfied occurrence's deadline, grace included);
--                  NULL when only a write can change it (overdue for good: more misses do not move
--                  "since"; the case is not under supervision; the plan has no occurrence left).
--   overdue_since  as ComplianceCalculator computes it at the last evaluation; NULL when not overdue.
-- "Touched": every write that can change a plan's state sets next_check_at to the epoch (the triggers
-- below), so the next scan, and the overdue list, evaluate that case live. The epoch rather than NOW():
-- the service's clock decides what is due, and a touch must be due whatever that clock says.
-- Owned by the checkin feature (checkin/SupervisionWatch); the triggers are how it learns of the
-- writes of casefile (status, transfer, closing) and contact (a mentor's contact) too.
CREATE TABLE supervision_watch (
    case_id        CHAR(36)    NOT NULL,
    series_id      CHAR(36)    NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    next_check_at  DATETIME(6) NULL,
    overdue_since  DATETIME(6) NULL,
    evaluated_at   DATETIME(6) NULL,
    PRIMARY KEY (case_id, series_id),
    INDEX ix_watch_due (next_check_at),
    INDEX ix_watch_overdue (overdue_since, case_id, series_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every existing series, touched: the first scan evaluates everything once.
INSERT INTO supervision_watch (case_id, series_id, kind, next_check_at)
SELECT case_id, series_id, MAX(kind), '1970-01-01 00:00:00'
FROM checkin_plan GROUP BY case_id, series_id;

-- A new plan (or a new version of one) gets its row, touched.
CREATE TRIGGER watch_plan_insert AFTER INSERT ON checkin_plan FOR EACH ROW
    INSERT INTO supervision_watch (case_id, series_id, kind, next_check_at)
    VALUES (NEW.case_id, NEW.series_id, NEW.kind, '1970-01-01 00:00:00')
    ON DUPLICATE KEY UPDATE kind = NEW.kind, next_check_at = '1970-01-01 00:00:00';
-- A plan ended, paused or changed.
CREATE TRIGGER watch_plan_update AFTER UPDATE ON checkin_plan FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id IN (NEW.case_id, OLD.case_id);
CREATE TRIGGER watch_plan_delete AFTER DELETE ON checkin_plan FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = OLD.case_id;

-- A check-in, an office presence or a residence verification recorded (or corrected).
CREATE TRIGGER watch_checkin_insert AFTER INSERT ON checkin FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = NEW.case_id;
CREATE TRIGGER watch_checkin_update AFTER UPDATE ON checkin FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id IN (NEW.case_id, OLD.case_id);
CREATE TRIGGER watch_checkin_delete AFTER DELETE ON checkin FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = OLD.case_id;

-- A mentor's contact logged (it satisfies MENTOR_CONTACT plans).
CREATE TRIGGER watch_contact_insert AFTER INSERT ON contact_log FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = NEW.case_id;
CREATE TRIGGER watch_contact_update AFTER UPDATE ON contact_log FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id IN (NEW.case_id, OLD.case_id);
CREATE TRIGGER watch_contact_delete AFTER DELETE ON contact_log FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = OLD.case_id;

-- The case itself: status (suspended, resumed, closed), a transfer (unit, time zone), anything else.
CREATE TRIGGER watch_case_update AFTER UPDATE ON managed_case FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = NEW.id;
-- The status history the calculator reads (backdated changes included).
CREATE TRIGGER watch_case_event_insert AFTER INSERT ON case_event FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = NEW.case_id;
CREATE TRIGGER watch_case_event_update AFTER UPDATE ON case_event FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id IN (NEW.case_id, OLD.case_id);
CREATE TRIGGER watch_case_event_delete AFTER DELETE ON case_event FOR EACH ROW
    UPDATE supervision_watch SET next_check_at = '1970-01-01 00:00:00' WHERE case_id = OLD.case_id;
