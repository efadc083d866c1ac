-- Initial schema. Dates are ISO-8601 text (YYYY-MM-DD); timestamps are ISO text in UTC.

CREATE TABLE playbook (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL DEFAULT 'initial'
                CHECK (kind IN ('initial', 'delta', 'new_product', 'new_division')),
    description TEXT NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE playbook_step (
    id             INTEGER PRIMARY KEY,
    playbook_id    INTEGER NOT NULL REFERENCES playbook(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    title          TEXT NOT NULL,
    stage          TEXT NOT NULL
                   CHECK (stage IN ('Embark', 'Handoff', 'Kickoff', 'Adopt', 'Review', 'Expand')),
    offset_days    INTEGER NOT NULL DEFAULT 0,
    owner_role     TEXT NOT NULL DEFAULT '',
    is_milestone   INTEGER NOT NULL DEFAULT 0,
    milestone_kind TEXT
);
CREATE INDEX ix_playbook_step_playbook ON playbook_step(playbook_id, position);

CREATE TABLE segment (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    rule        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    playbook_id INTEGER REFERENCES playbook(id) ON DELETE SET NULL
);

CREATE TABLE account (
    id                 INTEGER PRIMARY KEY,
    external_id        TEXT UNIQUE,
    name               TEXT NOT NULL,
    industry           TEXT NOT NULL DEFAULT '',
    company_size       INTEGER,
    region             TEXT NOT NULL DEFAULT '',
    plan               TEXT NOT NULL DEFAULT '',
    mrr                REAL NOT NULL DEFAULT 0 CHECK (mrr >= 0),
    tech_proficiency   INTEGER CHECK (tech_proficiency BETWEEN 1 AND 5),
    owner              TEXT NOT NULL DEFAULT '',
    segment_id         INTEGER REFERENCES segment(id) ON DELETE SET NULL,
    status             TEXT NOT NULL DEFAULT 'onboarding'
                       CHECK (status IN ('onboarding', 'live', 'paused', 'churned')),
    stage              TEXT NOT NULL DEFAULT 'Embark'
                       CHECK (stage IN ('Embark', 'Handoff', 'Kickoff', 'Adopt', 'Review', 'Expand')),
    signed_date        TEXT,
    kickoff_date       TEXT,
    target_golive_date TEXT,
    golive_date        TEXT,
    first_value_date   TEXT,
    churned_date       TEXT,
    products           TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_account_name ON account(name COLLATE NOCASE);
CREATE INDEX ix_account_status ON account(status, stage);
CREATE INDEX ix_account_segment ON account(segment_id);
CREATE INDEX ix_account_signed ON account(signed_date);

-- One row per stage an account entered; left_date is NULL while it is the current stage.
CREATE TABLE stage_history (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL,
    entered_date TEXT NOT NULL,
    left_date    TEXT
);
CREATE INDEX ix_stage_history_account ON stage_history(account_id, entered_date);

CREATE TABLE contact (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    email            TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL DEFAULT 'end_user'
                     CHECK (role IN ('end_user', 'admin', 'analyst', 'developer', 'sponsor')),
    invited_date     TEXT,
    activated_date   TEXT,
    last_active_date TEXT
);
-- Contacts are unique by e-mail within an account (blank e-mails excepted) so imports update.
CREATE UNIQUE INDEX ux_contact_email ON contact(account_id, email COLLATE NOCASE) WHERE email <> '';
CREATE INDEX ix_contact_account ON contact(account_id);

CREATE TABLE journey (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    playbook_id INTEGER REFERENCES playbook(id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    start_date  TEXT NOT NULL
);
CREATE INDEX ix_journey_account ON journey(account_id);

CREATE TABLE task (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    journey_id INTEGER REFERENCES journey(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    title      TEXT NOT NULL,
    stage      TEXT NOT NULL DEFAULT 'Embark',
    due_date   TEXT,
    status     TEXT NOT NULL DEFAULT 'todo'
               CHECK (status IN ('todo', 'in_progress', 'done', 'blocked', 'skipped')),
    done_date  TEXT,
    owner      TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_task_account ON task(account_id, status);
CREATE INDEX ix_task_due ON task(status, due_date);

CREATE TABLE milestone (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    journey_id    INTEGER REFERENCES journey(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL DEFAULT 'custom',
    name          TEXT NOT NULL,
    target_date   TEXT,
    achieved_date TEXT
);
CREATE INDEX ix_milestone_account ON milestone(account_id);
CREATE INDEX ix_milestone_target ON milestone(achieved_date, target_date);

CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('csat', 'nps')),
    score      INTEGER NOT NULL,
    comment    TEXT NOT NULL DEFAULT '',
    date       TEXT NOT NULL,
    CHECK ((kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'nps' AND score BETWEEN 0 AND 10))
);
CREATE INDEX ix_feedback_account ON feedback(account_id, date);
CREATE INDEX ix_feedback_date ON feedback(kind, date);

CREATE TABLE activity (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'note', 'login')),
    date       TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_activity_account ON activity(account_id, date);

CREATE TABLE feature (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    tracked INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE feature_adoption (
    account_id   INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    feature_id   INTEGER NOT NULL REFERENCES feature(id) ON DELETE CASCADE,
    adopted_date TEXT NOT NULL,
    PRIMARY KEY (account_id, feature_id)
);

-- MRR movements, for gross and net revenue retention.
CREATE TABLE mrr_change (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    old_mrr    REAL NOT NULL,
    new_mrr    REAL NOT NULL
);
CREATE INDEX ix_mrr_change_account ON mrr_change(account_id, date);

-- Audit trail of edits: what, when, old and new value.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX ix_change_log_entity ON change_log(entity, entity_id);

CREATE TABLE health_weight (
    factor TEXT PRIMARY KEY,
    weight REAL NOT NULL CHECK (weight >= 0)
);
INSERT INTO health_weight (factor, weight) VALUES
    ('progress', 25), ('on_time', 20), ('activation', 15),
    ('sentiment', 15), ('engagement', 15), ('first_value', 10);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
