-- Schema 5: covering indexes for the portfolio KPIs and health (issue 21).
--
-- Indexes only: no table changes, no row moves. Each new index starts with the columns of
-- the one it replaces, so every lookup the old one served is served the same way, and it
-- carries the dates the per-account aggregates read, so those scan the index alone instead
-- of visiting every row of the table (one CPU-time run at L, a loaded machine: task counts
-- per account and status -26 %, contact counts -28 %, support cases -22 %, last feedback
-- -18 %, the grouped "last touch" union -17 %; the last touch now seeks the end of each
-- account's range in these indexes). Replacing rather than adding keeps one index per
-- purpose, so inserts (imports) maintain as many indexes as before.

-- tracker.kpi.health.task_counts: count(*), due and done dates per (account, status).
CREATE INDEX ix_task_account_dates ON task(account_id, status, due_date, done_date);
DROP INDEX ix_task_account;

-- tracker.kpi.health.contact_counts: invited and activated per account.
CREATE INDEX ix_contact_account_dates ON contact(account_id, invited_date, activated_date);
DROP INDEX ix_contact_account;

-- tracker.rules.last_touch_sql: the latest achieved milestone per account.
CREATE INDEX ix_milestone_account_achieved ON milestone(account_id, achieved_date);
DROP INDEX ix_milestone_account;

-- The latest response per account (health) and the responses per kind and score (KPIs).
CREATE INDEX ix_feedback_account_score ON feedback(account_id, date, kind, score);
DROP INDEX ix_feedback_account;

-- tracker.kpi.signals.case_kpis: open and recent cases per account.
CREATE INDEX ix_support_case_account_dates ON support_case(account_id, opened_date, closed_date);
DROP INDEX ix_support_case_account;

-- tracker.kpi.stages.stage_funnel: the furthest stage entered per account.
CREATE INDEX ix_stage_history_account_stage ON stage_history(account_id, entered_date, stage);
DROP INDEX ix_stage_history_account;

-- Child keys that point at a contact had no index, so deleting contacts (the undo of a large
-- import, or one contact in the app) scanned each child table once per contact for its
-- ON DELETE action: 3,000 contacts took 74.8 s without them and 17.5 s with the first three;
-- 20,000 took 1.7 s with all four (measured on scratch copies at L, issue 21). SQLite's
-- foreign-key documentation asks for exactly these indexes.
CREATE INDEX ix_activity_contact ON activity(contact_id);
CREATE INDEX ix_feedback_contact ON feedback(contact_id);
CREATE INDEX ix_support_case_contact ON support_case(contact_id);
CREATE INDEX ix_maturity_step_contact ON maturity_step(contact_id);
