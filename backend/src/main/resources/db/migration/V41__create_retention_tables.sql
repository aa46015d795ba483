-- Retention (issue 17, package retention): once a completed or deceased case has been closed for longer than
-- donghanh.retention.after-closure, every feature erases what identifies the person (privacy/PersonalDataErasure)
-- and the case is recorded here as anonymised. Ids, dates and counts only: nothing in these tables names a person.

-- One pass of the retention job on one instance: the cut-off it used and what it did (the cases it anonymised are
-- its rows of retention_case, counted from there, so a run cut short by a crash still shows what it did).
CREATE TABLE retention_run (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    started_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NULL,
    -- Cases closed on or after this day were left alone (today minus after_closure, in the service's zone).
    closed_before    DATE         NOT NULL,
    after_closure    VARCHAR(32)  NOT NULL,
    -- Cases whose erasure failed this run (rolled back, each alone): the next run tries them again.
    cases_failed     INT          NOT NULL DEFAULT 0,
    INDEX ix_retention_run_started (started_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A case anonymised, once. The INSERT is the claim: the case's erasure runs in the transaction that inserted its
-- row, so a second instance reaching the same case waits for the first and then finds the row (INSERT IGNORE: 0).
CREATE TABLE retention_case (
    case_id        CHAR(36)    NOT NULL PRIMARY KEY,
    run_id         CHAR(36)    NOT NULL,
    anonymised_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_retention_case_run FOREIGN KEY (run_id) REFERENCES retention_run (id),
    INDEX ix_retention_case_run (run_id, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
