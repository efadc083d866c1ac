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
        self.examples.setHorizontalSpacing(24)
        self.examples.setVerticalSpacing(2)
        self.examples.addWidget(QLabel(f"<b>{self.tr('In the file')}</b>"), 0, 0)
        for index, order in enumerate(ORDERS):  # the two choices head the columns of their readings
            name = order_name(order)
            button = QRadioButton(name[:1].upper() + name[1:])
            self.order_group.addButton(button, index)
            self.order_buttons[order] = button
            self.examples.addWidget(button, 0, index + 1)
        self.examples.setColumnStretch(3, 1)
        self._example_labels: list[QLabel] = []
        self.order_group.idClicked.connect(lambda i: self.date_order_chosen.emit(ORDERS[i]))
        box = QVBoxLayout(self.date_box)
        box.setSpacing(4)
        box.addWidget(self.date_intro)
        box.addLayout(self.examples)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
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
        listed = ", ".join(f"'{h}'" for h in ignored)
        text = self.tr("Not imported: {0} (double-click a field below to map one)").format(listed)
        self.ignored_label.setText(text if ignored else "")
        self.ignored_label.setVisible(bool(ignored))
        notes = [notice_text(n) for n in rest if n.code != DATES_ASK]
        self.notes_label.setText("\n".join(f"• {t}" for t in notes))
        self.notes_label.setVisible(bool(notes))
        self._show_question(preview.questions, mapping.date_order)

    def _show_question(self, questions: list[DateQuestion], answer: str | None) -> None:
        for label in self._example_labels:
            self.examples.removeWidget(label)
            label.deleteLater()
        self._example_labels = []
        if not questions:
            self.date_box.setVisible(False)
            return
        columns = ", ".join(f"'{q.column}'" for q in questions)
        order = answer or questions[0].order
        self.date_intro.setText(self.tr("Every date in {0} reads both ways; the preview uses the reading "
                                        "you chose.").format(columns)
                                if answer else
                                self.tr("Every date in {0} reads both ways: read {1} for now (your "
                                        "settings). Check the examples and choose.").format(
                                    columns, order_name(order)))
        self.order_group.blockSignals(True)
        if order in self.order_buttons:
            self.order_buttons[order].setChecked(True)
        self.order_group.blockSignals(False)
        examples = [(q.column, e) for q in questions for e in q.examples][:3]
        for row, (column, (raw, dmy, mdy)) in enumerate(examples, start=1):
            texts = (self.tr("{0} ({1})").format(raw, column), long_date(dmy), long_date(mdy))
            for col, text in enumerate(texts):
                label = QLabel(text)
                self._example_labels.append(label)
                self.examples.addWidget(label, row, col)
        self.date_box.setVisible(True)
