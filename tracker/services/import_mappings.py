"""Column mappings the user corrected, remembered per header set and offered next time.

A specialist imports the same CRM export every month: once they have pointed "Deal Stage"
at nothing and "Close Date" at Signed, they should not have to again. The mapping is kept
in the ``setting`` table (no migration needed) under a hash of the file's normalised
headers, so the same columns in another order, case or spacing find it again.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.excel.dates import ORDERS
from tracker.excel.mapping import FIELDS, KINDS, ColumnMapping, header_key
from tracker.excel.notices import KIND_SAVED, SAVED_MAPPING, Notice
from tracker.services.base import log_change
from tracker.storage.db import environment_errors, transaction

PREFIX = "import_mapping:"


def header_set_key(headers: list[str]) -> str:
    """The setting key of a header set: order, case, spacing and punctuation do not count."""
    names = sorted({header_key(h) for h in headers if header_key(h)})
    return PREFIX + hashlib.sha256("\x1f".join(names).encode()).hexdigest()[:32]


def _encode(mapping: ColumnMapping) -> str:
    pairs = zip(mapping.headers, mapping.fields, strict=True)
    return json.dumps({"kind": mapping.kind, "date_order": mapping.date_order,
                       "fields": {header_key(h): f for h, f in pairs if header_key(h)}}, sort_keys=True)


@environment_errors()
def saved_mapping(db: Database, mapping: ColumnMapping) -> ColumnMapping | None:
    """The saved mapping for ``mapping``'s header set, laid over its columns; None if none is saved.

    A saved entry that no longer makes sense (a kind or field this version does not have) is
    ignored rather than trusted.
    """
    row = db.conn.execute("SELECT value FROM setting WHERE key = ?",
                          (header_set_key(mapping.headers),)).fetchone()
    if row is None:
        return None
    try:
        data: dict[str, Any] = json.loads(row[0])
        kind = str(data["kind"])
        fields = dict(data["fields"])
    except (ValueError, KeyError, TypeError):
        return None
    if kind not in KINDS:
        return None
    known = {spec.key for spec in FIELDS[kind]}
    out = ColumnMapping(kind, mapping.header_row, list(mapping.headers), [None] * len(mapping.headers),
                        Notice(KIND_SAVED, {"kind": kind}),
                        notices=[Notice(SAVED_MAPPING), *mapping.notices])
    for col, header in enumerate(mapping.headers):
        key = fields.get(header_key(header))
        if isinstance(key, str) and key in known and key not in out.fields:
            out.fields[col] = key
    order = data.get("date_order")
    out.date_order = order if order in ORDERS else None
    return out


@environment_errors()
def remember_mapping(db: Database, mapping: ColumnMapping) -> ChangeSet:
    """Save ``mapping`` for its header set (replacing an older one)."""
    key = header_set_key(mapping.headers)
    with transaction(db) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                     " DO UPDATE SET value = excluded.value", (key, _encode(mapping)))
        log_change(conn, "update", "setting", None, key, None, mapping.kind)
    return ChangeSet()


@environment_errors()
def forget_mapping(db: Database, headers: list[str]) -> ChangeSet:
    with transaction(db) as conn:
        conn.execute("DELETE FROM setting WHERE key = ?", (header_set_key(headers),))
    return ChangeSet()
