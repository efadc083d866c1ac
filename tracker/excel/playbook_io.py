"""Playbooks to and from a workbook, so specialists can share their checklists.

The workbook has a "Playbooks" sheet (name, kind, description) and a "Steps" sheet (one row
per step, naming its playbook). Importing a playbook whose name exists replaces that
playbook's steps (journeys already started keep their tasks); other names are created.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from tracker.changes import ChangeSet
from tracker.database import Database
from tracker.domain import MILESTONE_KINDS, PLAYBOOK_KINDS
from tracker.excel.errors import ExcelError, said
from tracker.excel.mapping import header_key
from tracker.excel.print_layout import name_fonts, print_layout
from tracker.excel.reader import read_sheet
from tracker.excel.safe_text import clean_text
from tracker.excel.values import CellError, choice_label, make_choice_converter, to_int, to_text
from tracker.excel.writer import save_workbook
from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.services.base import log_change
from tracker.storage.db import transaction

PLAYBOOK_HEADERS = ("Playbook", "Kind", "Description")
STEP_HEADERS = ("Playbook", "Position", "Step", "Stage", "Due offset (days)", "Owner role", "Milestone",
                "Milestone kind")


def export_playbooks(db: Database, target: Path | str, playbook_ids: list[int] | None = None) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Playbooks"
    steps = wb.create_sheet("Steps")
    for ws, headers in ((sheet, PLAYBOOK_HEADERS), (steps, STEP_HEADERS)):
        ws.append(list(headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
    for letter, width in zip("ABC", (34, 14, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    for letter, width in zip("ABCDEFGH", (34, 9, 44, 10, 10, 16, 10, 18), strict=True):
        steps.column_dimensions[letter].width = width
    rows = db.conn.execute("SELECT id, name, kind, description FROM playbook ORDER BY name").fetchall()
    for pid, name, kind, description in rows:
        if playbook_ids is not None and pid not in playbook_ids:
            continue
        sheet.append([_text_cell(sheet, name), choice_label(kind), _text_cell(sheet, description)])
        for position, title, stage, offset, role, is_ms, ms_kind in db.conn.execute(
                "SELECT position, title, stage, offset_days, owner_role, is_milestone, milestone_kind"
                " FROM playbook_step WHERE playbook_id = ? ORDER BY position, id", (pid,)):
            steps.append([_text_cell(steps, name), position, _text_cell(steps, title), stage, offset,
                          _text_cell(steps, role), "Yes" if is_ms else "No",
                          choice_label(ms_kind) if is_ms else None])
    for ws in (sheet, steps):
        print_layout(ws, "Onboarding Tracker playbooks")
        name_fonts(ws)
    return save_workbook(wb, target)


def _text_cell(ws: Any, text: str) -> Any:
    """Normal-mode counterpart of ``safe_value``: risky text stays text."""
    from openpyxl.cell import Cell

    text = clean_text(text or "")
    cell = Cell(ws, value=text)
    if text.startswith(("=", "+", "-", "@", "\t", "\r")):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


@dataclass
class PlannedPlaybook:
    name: str
    kind: str = "initial"
    description: str = ""
    steps: list[dict[str, Any]] = field(default_factory=list)
    replaces: int | None = None


@dataclass
class PlaybookPlan:
    playbooks: list[PlannedPlaybook]
    problems: list[str]

    def summary(self) -> str:
        new = sum(1 for p in self.playbooks if p.replaces is None)
        return (f"{new} playbooks to create, {len(self.playbooks) - new} to replace, "
                f"{len(self.problems)} rows rejected.")


def _columns(header: list[Any], wanted: tuple[str, ...]) -> dict[str, int]:
    keys = [header_key(h) for h in header]
    return {name: keys.index(header_key(name)) for name in wanted if header_key(name) in keys}


def preview_playbooks(db: Database, path: Path | str) -> PlaybookPlan:
    data = read_sheet(path, "Steps" if "Steps" in read_sheet(path).sheet_names else None)
    if not data.rows:
        raise ExcelError(said(QT_TRANSLATE_NOOP("excel", "{0} has no playbook steps."), Path(path).name),
                         "empty_sheet")
    cols = _columns(data.rows[0], STEP_HEADERS)
    if "Playbook" not in cols or "Step" not in cols:
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "The Steps sheet needs at least the columns '{0}' and '{1}'."), "Playbook", "Step"),
            "no_match")
    stage_of = make_choice_converter("stage")
    ms_kind = make_choice_converter("milestone_kind")
    plans: dict[str, PlannedPlaybook] = {}
    problems: list[str] = []
    for number, row in enumerate(data.rows[1:], start=2):
        def cell(name: str, row: list[Any] = row) -> Any:
            index = cols.get(name)
            return row[index] if index is not None and index < len(row) else None
        name, title = to_text(cell("Playbook")), to_text(cell("Step"))
        if not name and not title:
            continue
        try:
            if not name or not title:
                raise CellError(said(QT_TRANSLATE_NOOP("excel", "a step needs a playbook and a title")))
            offset = to_int(cell("Due offset (days)") or 0)
            if not 0 <= offset <= 3650:
                raise CellError(said(QT_TRANSLATE_NOOP("excel", "the due offset is {0} to {1} days"),
                                     0, 3650))
            milestone = to_text(cell("Milestone")).lower() in ("yes", "true", "1", "x")
            step = {"title": title, "stage": stage_of(cell("Stage")) or "Embark", "offset_days": offset,
                    "owner_role": to_text(cell("Owner role")), "is_milestone": int(milestone),
                    "milestone_kind": (ms_kind(cell("Milestone kind")) or "custom") if milestone else None}
        except CellError as exc:
            problems.append(said(QT_TRANSLATE_NOOP("excel", "Steps row {0}: {1}"), number, exc))
            continue
        plans.setdefault(name, PlannedPlaybook(name)).steps.append(step)
    _read_playbook_sheet(path, plans, problems)
    existing = {n: i for i, n in db.conn.execute("SELECT id, name FROM playbook")}
    for plan in plans.values():
        plan.replaces = existing.get(plan.name)
    if not plans:
        raise ExcelError(said(QT_TRANSLATE_NOOP(
            "excel", "{0} holds no playbook steps that can be imported."), Path(path).name), "no_rows")
    return PlaybookPlan(list(plans.values()), problems)


def _read_playbook_sheet(path: Path | str, plans: dict[str, PlannedPlaybook], problems: list[str]) -> None:
    try:
        data = read_sheet(path, "Playbooks")
    except ExcelError:
        return
    if not data.rows:
        return
    cols = _columns(data.rows[0], PLAYBOOK_HEADERS)
    kinds = {header_key(k): k for k in PLAYBOOK_KINDS}
    for number, row in enumerate(data.rows[1:], start=2):
        values = {k: (row[i] if i < len(row) else None) for k, i in cols.items()}
        plan = plans.get(to_text(values.get("Playbook")))
        if plan is None:
            continue
        kind = kinds.get(header_key(values.get("Kind")))
        if values.get("Kind") and kind is None:
            problems.append(f"Playbooks row {number}: unknown kind '{to_text(values['Kind'])}'")
        plan.kind = kind or "initial"
        plan.description = to_text(values.get("Description"))


def apply_playbooks(db: Database, plan: PlaybookPlan) -> ChangeSet:
    """Create or replace every planned playbook in one transaction."""
    assert all(s.get("milestone_kind") in (None, *MILESTONE_KINDS) for p in plan.playbooks for s in p.steps)
    with transaction(db) as conn:
        for playbook in plan.playbooks:
            if playbook.replaces is None:
                cursor = conn.execute("INSERT INTO playbook (name, kind, description) VALUES (?, ?, ?)",
                                      (playbook.name, playbook.kind, playbook.description))
                pid = int(cursor.lastrowid or 0)
                log_change(conn, "import", "playbook", pid)
            else:
                pid = playbook.replaces
                conn.execute("UPDATE playbook SET kind = ?, description = ? WHERE id = ?",
                             (playbook.kind, playbook.description, pid))
                conn.execute("DELETE FROM playbook_step WHERE playbook_id = ?", (pid,))
                log_change(conn, "import_replace", "playbook", pid)
            conn.executemany(
                "INSERT INTO playbook_step (playbook_id, position, title, stage, offset_days, owner_role,"
                " is_milestone, milestone_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(pid, i, s["title"], s["stage"], s["offset_days"], s["owner_role"], s["is_milestone"],
                  s["milestone_kind"]) for i, s in enumerate(playbook.steps, start=1)])
    return ChangeSet(playbooks=True)
