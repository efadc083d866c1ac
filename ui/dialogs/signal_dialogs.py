"""Dialogs for goals, support cases, trials and maturity levels.

Each returns plain values (``values()``, or ``changes()`` against the row being edited) for
a command to write; the core checks them again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from tracker.domain import Contact
from tracker.domain_signals import (
    CASE_SEVERITIES,
    GOAL_DIRECTIONS,
    GOAL_SCOPES,
    TRIAL_KINDS,
    Goal,
    MaturityLevel,
    SupportCase,
    Trial,
)
from tracker.kpi.goals import default_direction
from tracker.kpi.words import LABELS, kpi_label
from ui.dialogs.fields import (
    OptionalDateEdit,
    code_combo,
    contact_combo,
    date_edit,
    finish_form,
    from_qdate,
)
from ui.models.signal_models import severity, trial_kind


def _changes(values: dict[str, Any], original: object | None) -> dict[str, Any]:
    if original is None:
        return values
    return {k: v for k, v in values.items() if getattr(original, k) != v}


class GoalDialog(QDialog):
    """Set or edit a SMART goal: KPI, direction and target, scope, start and deadline."""

    def __init__(self, today: date, segments: Sequence[tuple[int, str]], owners: Sequence[str],
                 parent: QWidget | None = None, original: Goal | None = None) -> None:
        super().__init__(parent)
        self.original = original
        self.segments, self.owners = list(segments), list(owners)
        self.setWindowTitle(self.tr("Edit goal") if original else self.tr("Set a goal"))
        self.name = QLineEdit(original.name if original else "")
        self.name.setPlaceholderText(self.tr("e.g. Activate 80 % of invited users by June"))
        self.kpi = code_combo(list(LABELS), kpi_label, original.kpi if original else "activation")
        self.direction = code_combo(GOAL_DIRECTIONS, self._direction_name,
                                    original.direction if original else None)
        self.target = QDoubleSpinBox()
        self.target.setRange(-1e6, 1e9)
        self.target.setDecimals(1)
        self.target.setValue(original.target if original else 80.0)
        self.scope = code_combo(GOAL_SCOPES, self._scope_name, original.scope_kind if original else None)
        self.scope_value = QComboBox()
        self.scope_value.setEditable(True)
        self.start = date_edit(original.start_date if original else today, today)
        self.deadline = date_edit(original.deadline if original else today + timedelta(days=90), today)
        self.notes = QLineEdit(original.notes if original else "")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&KPI:"), self.kpi)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&Target:"), self.target)
        form.addRow(self.tr("&Scope:"), self.scope)
        form.addRow(self.tr("&For:"), self.scope_value)
        form.addRow(self.tr("S&tart (baseline day):"), self.start)
        form.addRow(self.tr("D&eadline:"), self.deadline)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.buttons = finish_form(self, form, required=self.name)
        self.scope.currentIndexChanged.connect(self._fill_scope_values)
        self.kpi.currentIndexChanged.connect(self._on_kpi_changed)
        self._fill_scope_values()
        if original is not None:
            at = self.scope_value.findData(original.scope_value)
            if at < 0:
                at = self.scope_value.findText(original.scope_value)
            if at >= 0:
                self.scope_value.setCurrentIndex(at)
            else:
                self.scope_value.setEditText(original.scope_value)
        else:
            self._on_kpi_changed()

    def _direction_name(self, code: str) -> str:
        return self.tr("Up (at least the target)") if code == "up" else self.tr("Down (at most the target)")

    def _scope_name(self, code: str) -> str:
        return {"portfolio": self.tr("Portfolio"), "segment": self.tr("Segment"),
                "owner": self.tr("Owner"), "cohort": self.tr("Cohort (signed month)")}[code]

    def _on_kpi_changed(self) -> None:
        found = self.direction.findData(default_direction(str(self.kpi.currentData())))
        self.direction.setCurrentIndex(max(found, 0))

    def _fill_scope_values(self) -> None:
        kind = self.scope.currentData()
        self.scope_value.clear()
        self.scope_value.setEnabled(kind != "portfolio")
        if kind == "segment":
            for seg_id, name in self.segments:
                self.scope_value.addItem(name, str(seg_id))
        elif kind == "owner":
            for owner in self.owners:
                self.scope_value.addItem(owner, owner)
        elif kind == "cohort":
            self.scope_value.setEditText(from_qdate(self.start.date()).strftime("%Y-%m"))

    def values(self) -> dict[str, Any]:
        kind = self.scope.currentData()
        if kind == "portfolio":
            scope_value = ""
        elif kind == "segment":
            scope_value = str(self.scope_value.currentData() or "")
        else:
            scope_value = self.scope_value.currentText().strip()
        return {
            "name": self.name.text().strip(), "kpi": self.kpi.currentData(),
            "direction": self.direction.currentData(), "target": float(self.target.value()),
            "scope_kind": kind, "scope_value": scope_value,
            "start_date": from_qdate(self.start.date()).isoformat(),
            "deadline": from_qdate(self.deadline.date()).isoformat(),
            "notes": self.notes.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        return _changes(self.values(), self.original)


class CaseDialog(QDialog):
    def __init__(self, contacts: Sequence[Contact], today: date, parent: QWidget | None = None,
                 original: SupportCase | None = None) -> None:
        super().__init__(parent)
        self.original = original
        self.setWindowTitle(self.tr("Edit support case") if original else self.tr("Add support case"))
        self.subject = QLineEdit(original.subject if original else "")
        self.topic = QLineEdit(original.topic if original else "")
        self.severity = code_combo(CASE_SEVERITIES, severity, original.severity if original else "normal")
        self.opened = date_edit(original.opened_date if original else today, today)
        self.closed = OptionalDateEdit(lambda: today, original.closed_date if original else None,
                                       self.tr("Tick when the case is closed"))
        self.contact = contact_combo(contacts, self.tr("(no particular contact)"),
                                     original.contact_id if original else None)
        self.number = QLineEdit(original.external_id or "" if original else "")
        self.number.setPlaceholderText(self.tr("the helpdesk's number, if any"))
        form = QFormLayout()
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("Se&verity:"), self.severity)
        form.addRow(self.tr("&Opened:"), self.opened)
        form.addRow(self.tr("&Closed:"), self.closed)
        form.addRow(self.tr("Co&ntact:"), self.contact)
        form.addRow(self.tr("Case &number:"), self.number)
        self.buttons = finish_form(self, form)

    def values(self) -> dict[str, Any]:
        return {
            "subject": self.subject.text().strip(), "topic": self.topic.text().strip(),
            "severity": self.severity.currentData(),
            "opened_date": from_qdate(self.opened.date()).isoformat(),
            "closed_date": self.closed.iso(), "contact_id": self.contact.currentData(),
            "external_id": self.number.text().strip() or None,
        }

    def changes(self) -> dict[str, Any]:
        changed = _changes(self.values(), self.original)
        if {"opened_date", "closed_date"} & set(changed):  # checked together by the core
            values = self.values()
            changed.update(opened_date=values["opened_date"], closed_date=values["closed_date"])
        return changed


class TrialDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None, original: Trial | None = None) -> None:
        super().__init__(parent)
        self.original = original
        self.setWindowTitle(self.tr("Edit trial") if original else self.tr("Record a trial"))
        self.kind = code_combo(TRIAL_KINDS, trial_kind, original.kind if original else None)
        self.start = date_edit(original.start_date if original else today, today)
        self.end = OptionalDateEdit(lambda: today + timedelta(days=30),
                                    original.end_date if original else (today + timedelta(days=30)),
                                    self.tr("Untick for freemium without an end"))
        self.converted = OptionalDateEdit(lambda: today, original.converted_date if original else None,
                                          self.tr("Tick when the account converted to paid"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&End:"), self.end)
        form.addRow(self.tr("&Converted to paid:"), self.converted)
        self.buttons = finish_form(self, form)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "start_date": from_qdate(self.start.date()).isoformat(),
                "end_date": self.end.iso(), "converted_date": self.converted.iso()}

    def changes(self) -> dict[str, Any]:
        changed = _changes(self.values(), self.original)
        if changed and self.original is not None:  # the three dates are checked together
            values = self.values()
            changed.update({k: values[k] for k in ("start_date", "end_date", "converted_date")})
        return changed


class LevelDialog(QDialog):
    """Record the maturity level an account (or one of its contacts) reached, and when."""

    def __init__(self, levels: Sequence[MaturityLevel], contacts: Sequence[Contact], today: date,
                 suggested: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record maturity level"))
        self.level = QComboBox()
        for level in levels:
            self.level.addItem(f"{level.position}. {level.name}", level.id)
            self.level.setItemData(self.level.count() - 1, level.use_cases, 3)  # tooltip role
        if suggested is not None:
            self.level.setCurrentIndex(max(self.level.findData(suggested), 0))
        self.who = contact_combo(contacts, self.tr("(the account)"))
        self.date = date_edit(today, today)
        form = QFormLayout()
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Who:"), self.who)
        form.addRow(self.tr("&Reached on:"), self.date)
        self.buttons = finish_form(self, form)

    def values(self) -> dict[str, Any]:
        return {"level_id": self.level.currentData(), "contact_id": self.who.currentData(),
                "reached_date": from_qdate(self.date.date()).isoformat()}
