-- Test only (DatabaseStallTest): on the migration connection, right after the first migration (no
-- audit_event table yet), a statement longer than that test's 2 s socket timeout. The service starts
-- only if migrations are exempt from the timeout.
SELECT SLEEP(IF((SELECT COUNT(*) FROM information_schema.tables
                 WHERE table_schema = DATABASE() AND table_name = 'audit_event') = 0, 3, 0));
