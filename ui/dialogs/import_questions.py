"""What the import dialog tells and asks about a preview: the guessed kind and why, the columns
left out, the notes on each column, and the date question with its example rows.

The date question is a two-choice control (day first / month first), preselected with the
reading the preview used (the user's locale unless other columns settle it), with three rows
of the file in both readings so the choice is made on real values, not on a format string.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.excel.columns import DateQuestion
from tracker.excel.notices import DATES_ASK
from tracker.excel.preview import ImportPreview
from ui.dialogs.import_words import long_date, notice_text, order_name
from ui.theme import status_colors

ORDERS = ("dmy", "mdy")


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PreviewFacts(QWidget):
    """Signals:
    date_order_chosen(str): the user answered the date question ("dmy" or "mdy").
    """

    date_order_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_label = _wrapped()
        self.ignored_label = _wrapped()
        self.notes_label = _wrapped()
        self.date_box = QGroupBox(self.tr("Dates: which comes first?"))
        self.date_intro = _wrapped()
        self.order_group = QButtonGroup(self)
        self.order_buttons: dict[str, QRadioButton] = {}
        self.examples = QGridLayout()
        self.examples.setHorizontalSpacing(18)
        buttons = QGridLayout()
        for index, order in enumerate(ORDERS):
            button = QRadioButton(order_name(order).capitalize())
            self.order_group.addButton(button, index)
            self.order_buttons[order] = button
            buttons.addWidget(button, 0, index)
        self.order_group.idClicked.connect(lambda i: self.date_order_chosen.emit(ORDERS[i]))
        box = QVBoxLayout(self.date_box)
        box.addWidget(self.date_intro)
        box.addLayout(buttons)
        box.addLayout(self.examples)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.date_box)
        self.clear()

    def clear(self) -> None:
        for label in (self.kind_label, self.ignored_label, self.notes_label):
            label.clear()
            label.setVisible(False)
        self.date_box.setVisible(False)

    def show_preview(self, preview: ImportPreview) -> None:
        mapping = preview.mapping
        reason, *rest = preview.notices
        self.kind_label.setText(notice_text(reason))
        colours = status_colors()
        warn = f"color: {colours.warn.name()}; font-weight: bold"
        self.kind_label.setStyleSheet("" if mapping.sure else warn)
        self.kind_label.setVisible(True)
        ignored = mapping.ignored_headers()
        self.ignored_label.setText(self.tr("Not imported (no field fits; double-click to map): {0}").format(
            ", ".join(f"'{h}'" for h in ignored)) if ignored else "")
        self.ignored_label.setVisible(bool(ignored))
        notes = [notice_text(n) for n in rest if n.code != DATES_ASK]
        self.notes_label.setText("\n".join(f"• {t}" for t in notes))
        self.notes_label.setVisible(bool(notes))
        self._show_question(preview.questions, mapping.date_order)

    def _show_question(self, questions: list[DateQuestion], answer: str | None) -> None:
        while self.examples.count():
            item = self.examples.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not questions:
            self.date_box.setVisible(False)
            return
        columns = ", ".join(f"'{q.column}'" for q in questions)
        order = answer or questions[0].order
        self.date_intro.setText(self.tr("Every date in {0} reads both ways. Choose how this file writes "
                                        "dates; the preview shows the reading chosen.").format(columns)
                                if answer else
                                self.tr("Every date in {0} reads both ways, so the file does not say. "
                                        "Read {1} for now (from your settings); check the examples and "
                                        "choose.").format(columns, order_name(order)))
        self.order_group.blockSignals(True)
        if order in self.order_buttons:
            self.order_buttons[order].setChecked(True)
        self.order_group.blockSignals(False)
        heads = (self.tr("In the file"), self.tr("Day first"), self.tr("Month first"))
        for col, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>")
            self.examples.addWidget(head, 0, col)
        examples = [(q.column, e) for q in questions for e in q.examples][:3]
        for row, (column, (raw, dmy, mdy)) in enumerate(examples, start=1):
            self.examples.addWidget(QLabel(self.tr("{0} ({1})").format(raw, column)), row, 0)
            self.examples.addWidget(QLabel(long_date(dmy)), row, 1)
            self.examples.addWidget(QLabel(long_date(mdy)), row, 2)
        self.date_box.setVisible(True)
