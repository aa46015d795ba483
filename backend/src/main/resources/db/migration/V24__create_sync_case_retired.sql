-- Closed cases leave the staff phones once donghanh.sync.closed-cases-on-phones has passed since they closed
-- (sync/ClosedCaseRetirement): the feed then treats them as out of scope, and one REMOVED change tells the phones
-- that held them to forget them. This table records which cases have had that change, so it is written once.
CREATE TABLE sync_case_retired (
    case_id     CHAR(36)    NOT NULL PRIMARY KEY,
    retired_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
