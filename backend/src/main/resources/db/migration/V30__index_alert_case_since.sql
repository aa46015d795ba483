-- The commune summary counts each commune's alerts of this month and reads their minutes to the first action in
-- one statement per unit, joined to the unit's cases by case_id. With only the foreign key's index on case_id, each
-- case's alerts of every month were read row by row to test overdue_since; this index seeks to the month and
-- covers both figures (overdue_since, first_action_at) without touching the rows.
CREATE INDEX ix_alert_case_since ON overdue_alert (case_id, overdue_since, first_action_at);
