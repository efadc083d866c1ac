"""The import command's mapping options: ``--map``, ``--mapping FILE``, ``--dates``, saved mappings.

Each sheet's detected mapping is corrected in this order: the mapping saved for its header
set, then the JSON file, then each ``--map``. A correction given on the command line is
remembered for that header set after a successful import, as the dialog does.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from typing import Any

from tracker.cli import CommandError, say
from tracker.database import Database
from tracker.excel.mapping import FIELDS, KIND_LABELS, KINDS, ColumnMapping, header_key
from tracker.excel.notices import notice_words, value_word
from tracker.excel.preview import ImportPreview
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.services.import_mappings import remember_mapping, saved_mapping


def _pairs(items: list[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for item in items:
        header, sep, target = item.partition("=")
        if not sep or not header.strip():
            raise CommandError(say(QT_TRANSLATE_NOOP("cli", "--map takes HEADER=FIELD, not '{0}'."), item))
        found[header.strip()] = target.strip() or None
    return found


def _load(path: Any) -> tuple[str | None, str | None, dict[str, str | None]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CommandError(say(QT_TRANSLATE_NOOP(
            "cli", "Could not read the mapping file {0}: {1}."), path, exc)) from exc
    if not isinstance(data, dict):
        raise CommandError(say(QT_TRANSLATE_NOOP(
            "cli", "The mapping file {0} must hold a JSON object."), path))
    if "fields" in data:
        fields, kind, dates = data["fields"], data.get("kind"), data.get("dates")
    else:
        fields, kind, dates = data, None, None
    if not isinstance(fields, dict) or not all(v is None or isinstance(v, str) for v in fields.values()):
        raise CommandError(say(QT_TRANSLATE_NOOP(
            "cli", "The mapping file {0} must map headers to field names."), path))
    if kind is not None and kind not in KINDS:
        raise CommandError(say(QT_TRANSLATE_NOOP(
            "cli", "Unknown kind '{0}' in {1}; use one of {2}."), kind, path, ', '.join(KINDS)))
    return kind, dates, {str(k): (v or None) for k, v in fields.items()}


def _field(kind: str, name: str) -> str:
    for spec in FIELDS[kind]:
        if header_key(name) in (header_key(spec.key), header_key(spec.label)):
            return spec.key
    known = ", ".join(spec.key for spec in FIELDS[kind])
    raise CommandError(say(QT_TRANSLATE_NOOP(
        "cli", "{0} have no field '{1}'; the fields are: {2}."), KIND_LABELS[kind], name, known))


@dataclass
class MappingArgs:
    db: Database
    dates: str | None
    kind: str | None
    fields: dict[str, str | None]
    used: set[str] = field(default_factory=set)
    corrected: list[ColumnMapping] = field(default_factory=list)

    @classmethod
    def parse(cls, args: argparse.Namespace, db: Database) -> MappingArgs:
        kind, dates, fields = (None, None, {}) if args.mapping is None else _load(args.mapping)
        fields.update(_pairs(args.map))
        return cls(db, args.dates or dates, kind, fields)

    def adjust(self, mapping: ColumnMapping) -> ColumnMapping:
        saved = saved_mapping(self.db, mapping)
        out = saved or mapping.copy()
        if self.kind is not None and self.kind != out.kind:
            out = ColumnMapping(self.kind, out.header_row, out.headers, [None] * len(out.headers))
        keys = [header_key(h) for h in out.headers]
        touched = False
        for header, target in self.fields.items():
            if header_key(header) in keys:
                self.used.add(header)
                out.set_field(keys.index(header_key(header)), _field(out.kind, target) if target else None)
                touched = True
        if self.dates:
            out.date_order = self.dates
        if touched:
            self.corrected.append(out)
        return out

    def check_used(self) -> None:
        unknown = [h for h in self.fields if h not in self.used]
        if unknown:
            raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No sheet has a column {0}."),
                                   ", ".join(f"'{h}'" for h in unknown)))

    def remember(self, previews: list[ImportPreview]) -> None:
        for mapping in self.corrected:
            if any(p.mapping is mapping for p in previews):
                remember_mapping(self.db, mapping)


def refusal(previews: list[ImportPreview], kind_given: bool) -> str | None:
    """Why the CLI will not write these previews yet, or None: it asks instead of guessing."""
    for preview in previews:
        if not preview.mapping.sure and not kind_given:
            reason = notice_words(preview.mapping.reason)
            return say(QT_TRANSLATE_NOOP("cli", "{0} Choose what the rows are: pass --kind contacts (or "
                                         "another kind) to import them."), reason)
        if preview.open_questions:
            question = preview.questions[0]
            raw, dmy, mdy = question.examples[0]
            return say(QT_TRANSLATE_NOOP("cli", "'{0}' dates like {1} could be {2} ({3}) or {4} ({5}); "
                                         "pass --dates dmy or --dates mdy."),
                       question.column, raw, value_word("order", "dmy"), dmy, value_word("order", "mdy"), mdy)
    return None
