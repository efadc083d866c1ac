-- Schema 2: dated account notes and the full-text search index.

-- Notes as dated entries. The free-text note an account had under schema 1 becomes its
-- first entry, dated the day it was last edited (from the change log) or else the day
-- the account signed; the old column is emptied so the text lives in one place.
CREATE TABLE account_note (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (trim(body) <> '')
);
CREATE INDEX ix_account_note_account ON account_note(account_id, date);

INSERT INTO account_note (account_id, date, body)
SELECT a.id,
       coalesce((SELECT substr(max(c.at), 1, 10) FROM change_log c
                 WHERE c.entity = 'account' AND c.entity_id = a.id AND c.field = 'notes'),
                a.signed_date, date('now')),
       a.notes
FROM account a WHERE trim(a.notes) <> '' ORDER BY a.id;
UPDATE account SET notes = '' WHERE notes <> '';

-- One FTS5 index over everything "search everywhere" finds. The rowid says what a row is:
-- rowid = source id * 8 + kind (1 account, 2 contact, 3 task, 4 note, 5 feedback), so the
-- triggers below find and replace a row by its rowid, never by a scan. ``name`` is what a
-- result is called, ``detail`` what else matches (CRM id, e-mail, task notes, note text,
-- feedback comment); ``kind`` holds the token k1..k5 again, so a query for one kind is an
-- index intersection FTS5 can walk in rowid order and stop after a few hits. Triggers fire on ON DELETE CASCADE too, so a deleted account takes its
-- rows out of the index. A task's status change touches no indexed column: ticking a task
-- costs the index nothing.
CREATE VIRTUAL TABLE search_index USING fts5(
    name, detail, kind, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

INSERT INTO search_index (rowid, name, detail, kind)
    SELECT id * 8 + 1, name, coalesce(external_id, ''), 'k1' FROM account;
INSERT INTO search_index (rowid, name, detail, kind)
    SELECT id * 8 + 2, name, email, 'k2' FROM contact;
INSERT INTO search_index (rowid, name, detail, kind)
    SELECT id * 8 + 3, title, notes, 'k3' FROM task;
INSERT INTO search_index (rowid, name, detail, kind)
    SELECT id * 8 + 4, '', body, 'k4' FROM account_note;
INSERT INTO search_index (rowid, name, detail, kind)
    SELECT id * 8 + 5, '', comment, 'k5' FROM feedback;

CREATE TRIGGER search_account_ai AFTER INSERT ON account BEGIN
    INSERT INTO search_index (rowid, name, detail, kind)
    VALUES (new.id * 8 + 1, new.name, coalesce(new.external_id, ''), 'k1');
END;
CREATE TRIGGER search_account_au AFTER UPDATE OF name, external_id ON account BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index (rowid, name, detail, kind)
    VALUES (new.id * 8 + 1, new.name, coalesce(new.external_id, ''), 'k1');
END;
CREATE TRIGGER search_account_ad AFTER DELETE ON account BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER search_contact_ai AFTER INSERT ON contact BEGIN
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 2, new.name, new.email, 'k2');
END;
CREATE TRIGGER search_contact_au AFTER UPDATE OF name, email ON contact BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 2, new.name, new.email, 'k2');
END;
CREATE TRIGGER search_contact_ad AFTER DELETE ON contact BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER search_task_ai AFTER INSERT ON task BEGIN
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 3, new.title, new.notes, 'k3');
END;
CREATE TRIGGER search_task_au AFTER UPDATE OF title, notes ON task BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 3, new.title, new.notes, 'k3');
END;
CREATE TRIGGER search_task_ad AFTER DELETE ON task BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER search_note_ai AFTER INSERT ON account_note BEGIN
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 4, '', new.body, 'k4');
END;
CREATE TRIGGER search_note_au AFTER UPDATE OF body ON account_note BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 4, '', new.body, 'k4');
END;
CREATE TRIGGER search_note_ad AFTER DELETE ON account_note BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

CREATE TRIGGER search_feedback_ai AFTER INSERT ON feedback BEGIN
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 5, '', new.comment, 'k5');
END;
CREATE TRIGGER search_feedback_au AFTER UPDATE OF comment ON feedback BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_index (rowid, name, detail, kind) VALUES (new.id * 8 + 5, '', new.comment, 'k5');
END;
CREATE TRIGGER search_feedback_ad AFTER DELETE ON feedback BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;

-- "Days since last activity" counts a ticked task as a touch (tracker.rules.last_touch_sql):
-- this covering index finds each account's latest done day without reading the task rows.
CREATE INDEX ix_task_done ON task(status, account_id, done_date);
