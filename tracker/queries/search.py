"""Search everywhere: accounts, contacts, tasks, notes and feedback comments in one box.

The FTS5 table ``search_index`` (schema 2) is kept in step by triggers, so every writer
(services, import, demo) feeds it without knowing it exists. A row's rowid encodes what it
is (``id * 8 + kind``), so a hit needs no join to say what it is, and the names shown are
read from the live tables: a renamed account shows its new name at once.

What the user typed becomes prefix terms, all required: ``acme on`` finds "Acme Onboarding".
Each kind is asked for separately, so a common word in 10,000 task titles cannot push the
one matching account off the list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.database import Database
from tracker.storage.db import environment_errors

ACCOUNT, CONTACT, TASK, NOTE, FEEDBACK = "account", "contact", "task", "note", "feedback"
# The order results are grouped in, and each kind's code in the rowid.
KINDS: tuple[str, ...] = (ACCOUNT, CONTACT, TASK, NOTE, FEEDBACK)
KIND_CODE = {ACCOUNT: 1, CONTACT: 2, TASK: 3, NOTE: 4, FEEDBACK: 5}
PER_KIND = 8
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    """One result. ``title`` is what it is called, ``detail`` the matching context
    (a CRM id, an e-mail, a snippet); ``account_id`` is where Enter goes."""

    kind: str
    id: int
    account_id: int
    account_name: str
    title: str
    detail: str


def match_expression(text: str) -> str | None:
    """FTS5 query for ``text``: every word as a quoted prefix term; None when no word."""
    words = _TOKEN.findall(text.lower())
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


# Per kind: how to read the hits back, in the order of ``ids`` (a JSON array of ids).
_DETAILS = {
    ACCOUNT: "SELECT a.id, a.id, a.name, a.name, coalesce(a.external_id, '') FROM account a"
             " WHERE a.id IN (SELECT value FROM json_each(:ids))",
    CONTACT: "SELECT c.id, a.id, a.name, c.name, c.email FROM contact c"
             " JOIN account a ON a.id = c.account_id WHERE c.id IN (SELECT value FROM json_each(:ids))",
    TASK: "SELECT t.id, a.id, a.name, t.title, t.stage FROM task t"
          " JOIN account a ON a.id = t.account_id WHERE t.id IN (SELECT value FROM json_each(:ids))",
    NOTE: "SELECT n.id, a.id, a.name, n.date, n.body FROM account_note n"
          " JOIN account a ON a.id = n.account_id WHERE n.id IN (SELECT value FROM json_each(:ids))",
    FEEDBACK: "SELECT f.id, a.id, a.name, upper(f.kind) || ' ' || f.score || ' · ' || f.date, f.comment"
              " FROM feedback f JOIN account a ON a.id = f.account_id"
              " WHERE f.id IN (SELECT value FROM json_each(:ids))",
}
# Long text (notes, comments, task notes) is shown as the words around the match.
_SNIPPET_KINDS = frozenset({NOTE, FEEDBACK})


@environment_errors()
def search(db: Database, text: str, per_kind: int = PER_KIND,
           kinds: Sequence[str] = KINDS) -> list[SearchHit]:
    """Hits for ``text``, grouped by kind in :data:`KINDS` order, best first within a kind."""
    expression = match_expression(text)
    if expression is None:
        return []
    hits: list[SearchHit] = []
    for kind in kinds:
        found = _kind_hits(db, kind, expression, per_kind)
        if not found:
            continue
        ids = [ref for ref, _snippet in found]
        snippets = dict(found)
        rows = {r[0]: r for r in db.conn.execute(_DETAILS[kind], {"ids": json.dumps(ids)})}
        for ref in ids:
            row = rows.get(ref)
            if row is None:
                continue  # a writer that bypassed the triggers left the index behind
            _id, account_id, account_name, title, detail = row
            if kind in _SNIPPET_KINDS:
                detail = snippets[ref] or detail
            hits.append(SearchHit(kind, int(ref), int(account_id), account_name, str(title),
                                  str(detail or "")))
    return hits


def _kind_hits(db: Database, kind: str, expression: str, limit: int) -> list[tuple[int, str]]:
    """Ids (with a snippet of the detail) of one kind: name matches first, then detail ones.

    Ranking every match (bm25) costs a third of a second for a one-letter prefix at the L
    portfolio; walking the index in rowid order (newest first) and stopping after ``limit``
    costs milliseconds, and "the name matches" is the ranking a user sees anyway.
    """
    token = f"k{KIND_CODE[kind]}"
    found: list[tuple[int, str]] = []
    seen: set[int] = set()
    for columns in ("{name}", "{detail}"):
        if len(found) >= limit:
            break
        rows = db.conn.execute(
            "SELECT rowid, snippet(search_index, 1, '', '', '…', 12) FROM search_index"
            " WHERE search_index MATCH :q ORDER BY rowid DESC LIMIT :n",
            {"q": f"kind:{token} AND {columns}: ({expression})", "n": limit + len(found)},
        ).fetchall()
        for rowid, snippet in rows:
            ref = int(rowid) // 8
            if ref not in seen and len(found) < limit:
                seen.add(ref)
                found.append((ref, str(snippet or "")))
    return found


@environment_errors()
def account_exists(db: Database, account_id: int) -> bool:
    """Whether the account is still there (the window reopens the last one shown)."""
    return db.conn.execute("SELECT 1 FROM account WHERE id = ?", (account_id,)).fetchone() is not None
