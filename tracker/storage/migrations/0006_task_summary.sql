-- Schema 6: a trigger-kept task summary for the account list's and the KPIs' task pass
-- (issue 21 items 2-4).
--
-- The pass (tracker.queries.task_pass) counts, per (account, status), the tasks due before,
-- on or by the day and those done after it: every task of the portfolio, 150,000 at L. Only
-- what does not depend on the day is stored here (how many, how many with a due date, the
-- earliest due date); the day's counts are derived from the tasks due on or after the day
-- and those done after it, two short index ranges when the day is today. No table changes:
-- one new table, its triggers and two indexes.
--
-- No foreign key: the summary is derived data, kept by the triggers below, which also fire
-- for the rows ON DELETE CASCADE removes (deleting an account or a journey) and, with
-- recursive triggers on (tracker.storage.db), for the rows a REPLACE removes. A later step
-- that rebuilds the task table (create, copy, drop, rename) drops these triggers with it:
-- it must create them again and refill the summary. A bulk insert may fold its rows in
-- afterwards instead of row by row (tracker.storage.task_summary).

CREATE TABLE task_summary (
    account_id INTEGER NOT NULL,
    status     TEXT NOT NULL,
    n          INTEGER NOT NULL,   -- tasks
    n_dated    INTEGER NOT NULL,   -- tasks with a due date
    first_due  TEXT,               -- min(due_date), SQLite's order, as the pass's min()
    PRIMARY KEY (account_id, status)
) WITHOUT ROWID;

INSERT INTO task_summary (account_id, status, n, n_dated, first_due)
SELECT account_id, status, count(*), count(due_date), min(due_date)
FROM task GROUP BY account_id, status;

-- The day's counts: tasks due on or after the day, tasks done after it (covering both).
CREATE INDEX ix_task_due_account ON task(due_date, account_id, status);
CREATE INDEX ix_task_done_after ON task(done_date, account_id, status, due_date);

-- One row in. Its due date can only lower the group's earliest one.
CREATE TRIGGER task_summary_insert AFTER INSERT ON task
BEGIN
    INSERT INTO task_summary (account_id, status, n, n_dated, first_due)
    VALUES (NEW.account_id, NEW.status, 1, NEW.due_date IS NOT NULL, NEW.due_date)
    ON CONFLICT (account_id, status) DO UPDATE SET
        n = n + 1,
        n_dated = n_dated + (excluded.n_dated),
        first_due = CASE WHEN excluded.first_due IS NULL THEN first_due
                         WHEN first_due IS NULL THEN excluded.first_due
                         ELSE min(first_due, excluded.first_due) END;
END;

-- One row out (a delete, a cascade, a REPLACE). The earliest due date is read again only
-- when the row held it: one seek in ix_task_account_dates.
CREATE TRIGGER task_summary_delete AFTER DELETE ON task
BEGIN
    UPDATE task_summary SET
        n = n - 1,
        n_dated = n_dated - (OLD.due_date IS NOT NULL),
        first_due = CASE WHEN OLD.due_date IS NULL OR OLD.due_date > first_due THEN first_due
                         ELSE (SELECT min(due_date) FROM task
                               WHERE account_id = OLD.account_id AND status = OLD.status) END
    WHERE account_id = OLD.account_id AND status = OLD.status;
    DELETE FROM task_summary WHERE account_id = OLD.account_id AND status = OLD.status AND n <= 0;
END;

-- A move between groups or a new due date: the old row out, the new one in. The row is
-- already updated when this runs, so the read-again of the old group's earliest due date
-- sees the table as it now is.
CREATE TRIGGER task_summary_update AFTER UPDATE OF account_id, status, due_date ON task
WHEN OLD.account_id IS NOT NEW.account_id OR OLD.status IS NOT NEW.status
     OR OLD.due_date IS NOT NEW.due_date
BEGIN
    UPDATE task_summary SET
        n = n - 1,
        n_dated = n_dated - (OLD.due_date IS NOT NULL),
        first_due = CASE WHEN OLD.due_date IS NULL OR OLD.due_date > first_due THEN first_due
                         ELSE (SELECT min(due_date) FROM task
                               WHERE account_id = OLD.account_id AND status = OLD.status) END
    WHERE account_id = OLD.account_id AND status = OLD.status;
    DELETE FROM task_summary WHERE account_id = OLD.account_id AND status = OLD.status AND n <= 0;
    INSERT INTO task_summary (account_id, status, n, n_dated, first_due)
    VALUES (NEW.account_id, NEW.status, 1, NEW.due_date IS NOT NULL, NEW.due_date)
    ON CONFLICT (account_id, status) DO UPDATE SET
        n = n + 1,
        n_dated = n_dated + (excluded.n_dated),
        first_due = CASE WHEN excluded.first_due IS NULL THEN first_due
                         WHEN first_due IS NULL THEN excluded.first_due
                         ELSE min(first_due, excluded.first_due) END;
END;

-- The account list's contact and milestone passes read every row of those tables through
-- indexes that lacked one column each (the names for the search key; the target date), so
-- each index entry cost a lookup in the table too. With it the passes read the index alone
-- (CPU, one run at L on a loaded machine: contacts 49.5 -> 17.9 ms, milestones 15.8 ->
-- 7.4 ms). Each replaces the v5 index it extends under the same name (the import's index
-- rebuild and its tests name it), so inserts keep as many indexes as before; the leading
-- columns are the same, so every lookup the old one served it serves the same way (health's
-- contact counts, the last touch's latest achieved milestone).
DROP INDEX ix_contact_account_dates;
CREATE INDEX ix_contact_account_dates ON contact(account_id, invited_date, activated_date, name);
DROP INDEX ix_milestone_account_achieved;
CREATE INDEX ix_milestone_account_achieved ON milestone(account_id, achieved_date, target_date);
