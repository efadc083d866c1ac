-- Goals, support cases, trials and customer maturity (issue 19).
-- New tables only: nothing of schemas 1 and 2 is rebuilt or rewritten, so every row stays.
-- Health weights of the three new factors are not inserted: a missing weight reads as its
-- default, which is 0 for them, so a user's saved weights still total 100 and every score
-- stays what it was until the user gives the new factors a weight.

-- A SMART goal on one KPI. ``baseline`` is the KPI's value on ``start_date``, recorded when
-- the goal is set; ``outcome`` and ``final_value`` are written when the goal is closed.
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kpi         TEXT NOT NULL,
    direction   TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
    target      REAL NOT NULL,
    scope_kind  TEXT NOT NULL DEFAULT 'portfolio'
                CHECK (scope_kind IN ('portfolio', 'segment', 'owner', 'cohort')),
    scope_value TEXT NOT NULL DEFAULT '',
    start_date  TEXT NOT NULL,
    baseline    REAL,
    deadline    TEXT NOT NULL,
    closed_date TEXT,
    outcome     TEXT CHECK (outcome IN ('met', 'missed')),
    final_value REAL,
    notes       TEXT NOT NULL DEFAULT '',
    CHECK (deadline > start_date)
);
CREATE INDEX ix_goal_open ON goal(closed_date, deadline);

CREATE TABLE support_case (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    external_id TEXT,
    subject     TEXT NOT NULL DEFAULT '',
    topic       TEXT NOT NULL DEFAULT '',
    severity    TEXT NOT NULL DEFAULT 'normal'
                CHECK (severity IN ('low', 'normal', 'high', 'urgent')),
    opened_date TEXT NOT NULL,
    closed_date TEXT,
    CHECK (closed_date IS NULL OR closed_date >= opened_date)
);
CREATE INDEX ix_support_case_account ON support_case(account_id, opened_date);
CREATE UNIQUE INDEX ux_support_case_external ON support_case(external_id) WHERE external_id IS NOT NULL;

-- At most one trial per account: how the account started (trial or freemium), until when,
-- and the day it converted to paid (NULL while not converted).
CREATE TABLE trial (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL UNIQUE REFERENCES account(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL DEFAULT 'trial' CHECK (kind IN ('trial', 'freemium')),
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    converted_date TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (converted_date IS NULL OR converted_date >= start_date)
);

-- The maturity ladder, lowest level first; ``use_cases`` lists what defines the level.
CREATE TABLE maturity_level (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE,
    use_cases TEXT NOT NULL DEFAULT ''
);
INSERT INTO maturity_level (position, name, use_cases) VALUES
    (1, 'Getting started', 'Account set up; first users invited'),
    (2, 'Basic use', 'Core workflow used every week'),
    (3, 'Established', 'Most invited users active; reports in use'),
    (4, 'Advanced', 'Integrations and automation in use'),
    (5, 'Champion', 'Expands to new teams; references other customers');

-- Each level an account (contact_id NULL) or a contact reached, and when: the latest row is
-- where it stands now; consecutive rows give the time between levels.
CREATE TABLE maturity_step (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    contact_id   INTEGER REFERENCES contact(id) ON DELETE CASCADE,
    level_id     INTEGER NOT NULL REFERENCES maturity_level(id) ON DELETE RESTRICT,
    reached_date TEXT NOT NULL
);
CREATE INDEX ix_maturity_step_account ON maturity_step(account_id, contact_id, reached_date);

-- A playbook tied to a maturity level: the onboarding that brings an account to that level.
CREATE TABLE playbook_level (
    playbook_id INTEGER PRIMARY KEY REFERENCES playbook(id) ON DELETE CASCADE,
    level_id    INTEGER NOT NULL REFERENCES maturity_level(id) ON DELETE CASCADE
);
