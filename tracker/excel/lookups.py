"""What the database holds, loaded once per import and indexed for matching (see
:mod:`tracker.excel.resolve`): a 100,000-row sheet then costs dictionary lookups, not queries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from typing import TYPE_CHECKING, Any

from tracker.database import Database
from tracker.excel.domains import company_key
from tracker.excel.stored_rows import LazyRows

if TYPE_CHECKING:
    from tracker.excel.preview import PlannedRow

TABLES = {"accounts": "account", "contacts": "contact", "tasks": "task", "milestones": "milestone",
          "feedback": "feedback"}



def _rows(db: Database, sql: str) -> list[dict[str, Any]]:
    """Every row as a dict, built in C (``map``): for the 40,000 contacts of an L portfolio the
    per-row Python loop cost as much as fetching them."""
    cursor = db.conn.execute(sql)
    names = [c[0] for c in cursor.description]
    return list(map(dict, map(zip, repeat(names), cursor.fetchall())))


@dataclass
class Lookups:
    """What the database holds, indexed for matching; shared by the sheets of one import.

    ``accounts`` holds what matching reads of every account (id, CRM ID, name); the whole
    row, which only an update compares against, is loaded for all accounts the first time an
    update asks (:meth:`account_row`). Every account's whole row and the achieved milestones
    cost as much as reading a small workbook, and a sheet that creates accounts, or one of
    contacts, tasks or milestones, never needs them.
    """

    db: Database
    accounts: dict[int, dict[str, Any]] = field(default_factory=dict)
    by_ext: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    segments: dict[str, int] = field(default_factory=dict)
    pending_ext: dict[str, int] = field(default_factory=dict)
    pending_name: dict[str, int] = field(default_factory=dict)
    rows: dict[str, Mapping[int, dict[str, Any]]] = field(default_factory=dict)
    by_key: dict[str, dict[tuple[Any, ...], list[int]]] = field(default_factory=dict)
    emails: dict[tuple[int, str], int] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    domains: dict[str, int] | None = None
    pending_keys: dict[str, int] = field(default_factory=dict)
    _full: LazyRows | None = field(default=None, repr=False)
    _achieved: set[tuple[int, str]] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, db: Database, kind: str) -> Lookups:
        found = cls(db)
        found.ensure(kind)
        return found

    def ensure(self, kind: str) -> None:
        if not self.accounts and not self.segments:
            found = self.db.conn.execute("SELECT id, external_id, name FROM account").fetchall()
            self.accounts = {aid: {"id": aid, "external_id": ext, "name": name} for aid, ext, name in found}
            self.by_ext = {ext: aid for aid, ext, _name in found if ext}
            self.by_name = {name.lower(): [aid] for aid, _ext, name in found}
            if len(self.by_name) < len(found):  # names shared by several accounts: list them all
                self.by_name = {}
                for aid, _ext, name in found:
                    self.by_name.setdefault(name.lower(), []).append(aid)
            self.segments = {n.lower(): i for i, n in self.db.conn.execute("SELECT id, name FROM segment")}
        if kind in ("contacts", "feedback") and "contacts" not in self.rows:
            for cid, account, email in self._index("contacts", "name", ("email",)):
                if email:
                    self.emails[(account, email.lower())] = cid
        if kind in ("tasks", "milestones", "feedback") and kind not in self.rows:
            text = {"tasks": "title", "milestones": "name", "feedback": None}[kind]
            self._index(kind, text)

    def account_row(self, aid: int | None) -> dict[str, Any] | None:
        """The whole stored row of account ``aid`` (what an update is compared with), or None."""
        if aid is None:
            return None
        if self._full is None:  # once for all accounts: a big sheet of updates asks for most
            self._full = self._stored("account")
        return self._full.get(aid)

    def achieved(self, aid: int, date_key: str) -> bool:
        """Whether an achieved milestone sets account ``aid``'s ``date_key`` (first value, go-live)."""
        if self._achieved is None:
            self._achieved = {(account, "first_value_date" if kind == "first_value" else "golive_date")
                              for account, kind in self.db.conn.execute(
                                  "SELECT account_id, kind FROM milestone"
                                  " WHERE achieved_date IS NOT NULL AND kind IN ('first_value', 'go_live')")}
        return (aid, date_key) in self._achieved

    def _index(self, kind: str, text: str | None, more: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
        """Index ``kind``'s stored rows for matching, from the few columns matching reads; the
        whole rows (what an update is compared with, an id column checked against) are loaded
        the first time they are asked for: a sheet of new rows never asks. Returns (id,
        account_id, ``more``...) per row."""
        table = TABLES[kind]
        self.rows[kind] = self._stored(table)
        named = (text,) if text is not None else ("kind", "date", "contact_id")
        found = self.db.conn.execute(f"SELECT id, account_id, {', '.join((*named, *more))} FROM {table}"
                                     " ORDER BY id").fetchall()
        keys: dict[tuple[Any, ...], list[int]] = {}
        add = keys.setdefault
        if text is None:
            for rid, account, survey, when, contact, *_more in found:
                add((account, survey, when, contact), []).append(rid)
        else:
            for rid, account, value, *_more in found:
                add((account, str(value).lower()), []).append(rid)
        self.by_key[kind] = keys
        width = 2 + len(named)
        return [(row[0], row[1], *row[width:]) for row in found] if more else []

    def _stored(self, table: str) -> LazyRows:
        """``table``'s whole stored rows by id, read the first time one is asked for."""
        return LazyRows(lambda: {r["id"]: r for r in _rows(self.db, f"SELECT * FROM {table}")})

    def remember_pending(self, creates: Sequence[PlannedRow]) -> None:
        """Accounts an Accounts sheet will create, so other sheets of the same import can refer to them."""
        for planned in creates:
            if planned.values.get("external_id"):
                self.pending_ext[planned.values["external_id"]] = -planned.row
            self.pending_name.setdefault(str(planned.values.get("name", "")).lower(), -planned.row)
            self.pending_keys.setdefault(company_key(str(planned.values.get("name", ""))), -planned.row)
