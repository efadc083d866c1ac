"""The create/edit account form, and the actions that open it (new, edit, delete, move).

The form never writes: on OK it checks the values (required name, dates, numbers, a
free external id, dates not before signing) and shows the first problem beside its field;
the caller turns ``values()`` into an undoable command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker import money
from tracker.domain import ACCOUNT_STATUSES, STAGES, Account, ValidationError, parse_date
from tracker.queries.portfolio import owners, segments
from tracker.services.accounts import find_account
from tracker.services.playbooks import list_playbooks
from tracker.services.records import list_segments
from ui.context import AppContext
from ui.dialogs.fields import OptionalDateEdit
from ui.models import labels
from ui.theme import status_colors

PLANS = ("Starter", "Growth", "Business", "Enterprise")
DATE_FIELDS = ("signed_date", "kickoff_date", "target_golive_date", "golive_date",
               "first_value_date", "churned_date")


class AccountDialog(QDialog):
    """Attributes:
        account: the account being edited, or None when creating one.
        fields: the input widget of each account field, by field name (tests use it).
    """

    def __init__(self, ctx: AppContext, account: Account | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.setWindowTitle(self.tr("New account") if account is None
                            else self.tr("Edit account “{0}”").format(account.name))
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, int]] = {}
        self._build()
        if account is not None:
            self._load(account)
        # The name first, editing or creating (a date field took it when the form opened).
        self.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(760, 0)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            self._style_form(form)
        name = QLineEdit()
        name.setPlaceholderText(self.tr("Company name (required)"))
        self._add(left, "name", self.tr("&Name"), name)
        external = QLineEdit()
        external.setPlaceholderText(self.tr("CRM id, optional"))
        self._add(left, "external_id", self.tr("E&xternal id"), external)
        segment = QComboBox()
        segment.addItem(self.tr("(none)"), None)
        for seg_id, seg_name in segments(self.ctx.db):
            segment.addItem(seg_name, seg_id)
        self._add(left, "segment_id", self.tr("Se&gment"), segment)
        owner = QComboBox()
        owner.setEditable(True)
        owner.addItems(owners(self.ctx.db))
        owner.setCurrentText("")
        self._add(left, "owner", self.tr("O&wner"), owner)
        plan = QComboBox()
        plan.setEditable(True)
        plan.addItems(PLANS)
        plan.setCurrentText("")
        self._add(left, "plan", self.tr("&Plan"), plan)
        mrr = QLineEdit()
        mrr.setValidator(QDoubleValidator(0, 1e12, 2, mrr))
        mrr.setPlaceholderText("0")
        self._add(left, "mrr", self.tr("&MRR ({0})").format(money.current().symbol), mrr)
        self._add(left, "industry", self.tr("&Industry"), QLineEdit())
        self._add(left, "region", self.tr("&Region"), QLineEdit())
        size = QLineEdit()
        size.setValidator(QIntValidator(0, 10_000_000, size))
        size.setPlaceholderText(self.tr("employees"))
        self._add(left, "company_size", self.tr("Company si&ze"), size)
        tech = QComboBox()
        tech.addItem(self.tr("(unknown)"), None)
        for level in range(1, 6):
            tech.addItem(str(level), level)
        tech.setToolTip(self.tr("Technical proficiency, 1 (low) to 5 (high)"))
        self._add(left, "tech_proficiency", self.tr("&Tech proficiency"), tech)

        status = QComboBox()
        for value in ACCOUNT_STATUSES:
            status.addItem(labels.status(value), value)
        self._add(right, "status", self.tr("Stat&us"), status)
        stage = QComboBox()
        for value in STAGES:
            stage.addItem(labels.stage(value), value)
        self._add(right, "stage", self.tr("St&age"), stage)
        titles = {
            "signed_date": self.tr("&Signed"), "kickoff_date": self.tr("&Kickoff"),
            "target_golive_date": self.tr("Target go-&live"), "golive_date": self.tr("Go-li&ve"),
            "first_value_date": self.tr("&First value"), "churned_date": self.tr("C&hurned"),
        }
        for key in DATE_FIELDS:
            edit = OptionalDateEdit(self.ctx.today)
            edit.set_value(None)
            self._add(right, key, titles[key], edit)
        if self.account is None:
            signed = self.fields["signed_date"]
            assert isinstance(signed, OptionalDateEdit)
            signed.set_value(self.ctx.today())
        self._add(right, "products", self.tr("Pro&ducts"), QLineEdit())
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(64)

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        notes_form = QFormLayout()
        self._style_form(notes_form)
        self._add(notes_form, "notes", self.tr("N&otes"), notes)
        # Any playbook can be started, the segment's is only the default: an empty database
        # has no segments, and its first account still needs its onboarding checklist.
        self.apply_playbook = QCheckBox(self.tr("Start a &playbook:"))
        self.playbook_combo = QComboBox()
        playbooks = list_playbooks(self.ctx.db)
        for pb in playbooks:
            self.playbook_combo.addItem(pb.name, int(pb.id))
        self._initial = next((int(p.id) for p in playbooks if p.kind == "initial"), None)
        self._playbooks = {s.id: s.playbook_id for s in list_segments(self.ctx.db)
                           if s.playbook_id is not None}
        self.apply_playbook.toggled.connect(self.playbook_combo.setEnabled)
        segment.currentIndexChanged.connect(self._update_playbook_choice)
        self._update_playbook_choice()
        playbook_row = QHBoxLayout()
        playbook_row.addWidget(self.apply_playbook)
        playbook_row.addWidget(self.playbook_combo, 1)
        self.playbook_row = QWidget()
        self.playbook_row.setLayout(playbook_row)
        playbook_row.setContentsMargins(0, 0, 0, 0)
        self.playbook_row.setVisible(self.account is None and bool(playbooks))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if self.account is None else self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(notes_form)
        layout.addWidget(self.playbook_row)
        layout.addWidget(self.buttons)

    def _update_playbook_choice(self) -> None:
        """The segment's playbook, ticked, when it has one; else the initial one, unticked."""
        segment = self.fields["segment_id"]
        assert isinstance(segment, QComboBox)
        own = self._playbooks.get(segment.currentData())
        at = self.playbook_combo.findData(own if own is not None else self._initial)
        if at >= 0:
            self.playbook_combo.setCurrentIndex(at)
        self.apply_playbook.setChecked(own is not None)
        self.playbook_combo.setEnabled(own is not None)
        self.apply_playbook.setToolTip(
            self.tr("The segment “{0}” starts this playbook").format(segment.currentText())
            if own is not None else self.tr("Tick to start a checklist for this account"))

    def chosen_playbook(self) -> int | None:
        """The playbook to start with the new account, or None."""
        if not self.apply_playbook.isChecked():
            return None
        value = self.playbook_combo.currentData()
        return int(value) if value is not None else None

    @staticmethod
    def _style_form(form: QFormLayout) -> None:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        form.addRow(label, widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.setObjectName(f"error_{key}")
        form.addRow("", error)
        self._rows[key] = (form, form.rowCount() - 1)
        form.setRowVisible(form.rowCount() - 1, False)
        self.fields[key] = widget
        self._errors[key] = error
        if isinstance(widget, QLineEdit):
            # A problem shown under a field goes as soon as the field is edited: a "needs a
            # name" that stays after the name is typed reads as if it were still wrong.
            widget.textChanged.connect(lambda _text, k=key: self._clear_error(k))

    def _load(self, account: Account) -> None:
        for key, widget in self.fields.items():
            value = getattr(account, key)
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else _plain(value))
            elif isinstance(widget, OptionalDateEdit):
                widget.set_value(parse_date(value, key) if value else None)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                at = widget.findData(value)
                if at >= 0:
                    widget.setCurrentIndex(at)
                elif widget.isEditable():
                    widget.setCurrentText(value or "")

    # -- values and checks ----------------------------------------------------------------
    def raw_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text().strip()
            elif isinstance(widget, OptionalDateEdit):
                picked = widget.value()
                out[key] = picked.isoformat() if picked else ""
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText().strip() if widget.isEditable() else widget.currentData()
        return out

    def values(self) -> dict[str, Any]:
        """Checked and typed values; raises ValidationError naming the first bad field."""
        raw = self.raw_values()
        if not raw["name"]:
            raise ValidationError(self.tr("An account needs a name."), "name")
        values = dict(raw)
        values["external_id"] = raw["external_id"] or None
        values["mrr"] = self._number(raw["mrr"], "mrr", float) or 0.0
        values["company_size"] = self._number(raw["company_size"], "company_size", int)
        signed = None
        for key in DATE_FIELDS:
            try:
                parsed = parse_date(raw[key], key)
            except ValidationError:
                raise ValidationError(self.tr("Enter a date as YYYY-MM-DD, e.g. 2026-03-31."),
                                      key) from None
            values[key] = parsed.isoformat() if parsed else None
            if key == "signed_date":
                signed = parsed
            elif parsed is not None and signed is not None and parsed < signed:
                raise ValidationError(self.tr("This date is before the signed date."), key)
        if values["external_id"]:
            other = find_account(self.ctx.db, external_id=values["external_id"])
            if other is not None and (self.account is None or other != self.account.id):
                raise ValidationError(self.tr("Another account already has this external id."),
                                      "external_id")
        return values

    def _number(self, text: str, key: str, kind: type) -> Any:
        if not text:
            return None
        value: float | int
        if kind is float:
            value, ok = self.locale().toDouble(text)
            if not ok:
                try:
                    value = float(text)
                except ValueError:
                    raise ValidationError(self.tr("Enter a number."), key) from None
        else:
            try:
                value = int(text)
            except ValueError:
                raise ValidationError(self.tr("Enter a whole number."), key) from None
        if value < 0:
            raise ValidationError(self.tr("Enter zero or more."), key)
        return value

    def changes(self) -> dict[str, Any]:
        """The checked values that differ from the account being edited."""
        values = self.values()
        if self.account is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.account, k) != v}

    def show_error(self, field: str | None, message: str) -> None:
        for key, label in self._errors.items():
            form, row = self._rows[key]
            shown = key == field
            label.setText(message if shown else "")
            form.setRowVisible(row, shown)
        if field in self.fields:
            label = self._errors[field]
            label.setStyleSheet(f"color: {status_colors().bad.name()};")
            self.fields[field].setFocus()

    def _clear_error(self, key: str) -> None:
        label = self._errors.get(key)
        if label is not None and label.text():
            form, row = self._rows[key]
            label.setText("")
            form.setRowVisible(row, False)

    def error_text(self) -> str:
        return next((label.text() for label in self._errors.values() if label.text()), "")

    def accept(self) -> None:
        try:
            self.values()
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return
        self.show_error(None, "")
        super().accept()


def _plain(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
