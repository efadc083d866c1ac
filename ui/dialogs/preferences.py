"""Edit > Preferences: language, money, dates, week start and the at-risk thresholds.

What only changes the look (language, date display, week start) is the user's and goes to
QSettings; what changes numbers or their meaning (the currency of this file's MRR, the
health band limits, the engagement days) belongs to the database and changes through the
undo stack, so Edit > Undo puts every score and amount back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.changes import ChangeSet
from tracker.money import CURRENCIES, MAX_DECIMALS, MoneyFormat, format_money, get_money_format
from tracker.rules import DEFAULT_THRESHOLDS, RiskThresholds, risk_thresholds
from ui.commands.settings import SetNumberPreferences
from ui.context import AppContext
from ui.display import install_look, look_before
from ui.settings import AppSettings

SAMPLE_AMOUNT = 12345.5


class PreferencesDialog(QDialog):
    """Attributes (tests drive them): ``language``, ``currency``, ``symbol_after``,
    ``decimals``, ``date_style``, ``week_start``, ``green_from``, ``yellow_from``,
    ``engagement_full``, ``engagement_zero``, ``restart_label``, ``error_label``, ``buttons``."""

    def __init__(self, ctx: AppContext, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.money_before = get_money_format(ctx.db)
        self.limits_before = risk_thresholds(ctx.db)
        self.language_before = settings.language()

        self.language = self._combo((("system", self.tr("System default")), ("en", "English"),
                                     ("ms", "Bahasa Melayu")), self.language_before)
        self.restart_label = QLabel(self.tr("Restart Onboarding Tracker to apply the new language."))
        self.restart_label.setWordWrap(True)
        self.restart_label.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.date_style = self._combo((("iso", self.tr("ISO (2026-03-04)")),
                                       ("locale", self.tr("The system's short date"))),
                                      settings.date_style())
        self.week_start = self._combo((("system", self.tr("System default")),
                                       ("monday", self.tr("Monday")), ("sunday", self.tr("Sunday")),
                                       ("saturday", self.tr("Saturday"))), settings.week_start())
        look = QGroupBox(self.tr("Language and display"))
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("&Language:"), self.language)
        look_form.addRow("", self.restart_label)
        look_form.addRow(self.tr("&Dates:"), self.date_style)
        look_form.addRow(self.tr("&Week starts on:"), self.week_start)

        currencies = tuple((code, f"{code} ({symbol})") for code, symbol in CURRENCIES.items())
        self.currency = self._combo(currencies, self.money_before.currency)
        self.symbol_after = QCheckBox(self.tr("Symbol after the amount"))
        self.symbol_after.setChecked(self.money_before.symbol_after)
        self.decimals = QSpinBox()
        self.decimals.setRange(0, MAX_DECIMALS)
        self.decimals.setValue(self.money_before.decimals)
        self.money_sample = QLabel()
        for signal in (self.currency.currentIndexChanged, self.symbol_after.toggled,
                       self.decimals.valueChanged):
            signal.connect(self._update_sample)
        money_box = QGroupBox(self.tr("Money (stored in this database)"))
        money_form = QFormLayout(money_box)
        money_form.addRow(self.tr("&Currency:"), self.currency)
        money_form.addRow("", self.symbol_after)
        money_form.addRow(self.tr("D&ecimals:"), self.decimals)
        money_form.addRow(self.tr("Example:"), self.money_sample)

        limits = self.limits_before
        self.green_from = self._number(limits.green_from, 0, 100, "")
        self.yellow_from = self._number(limits.yellow_from, 0, 100, "")
        self.engagement_full = self._number(limits.engagement_full_days, 0, 3650, self.tr(" days"))
        self.engagement_zero = self._number(limits.engagement_zero_days, 1, 3650, self.tr(" days"))
        risk = QGroupBox(self.tr("At-risk thresholds (stored in this database)"))
        risk_form = QFormLayout(risk)
        risk_form.addRow(self.tr("Health &green from:"), self.green_from)
        risk_form.addRow(self.tr("Health &yellow from:"), self.yellow_from)
        risk_form.addRow(self.tr("Engagement &full up to:"), self.engagement_full)
        risk_form.addRow(self.tr("Engagement &zero from:"), self.engagement_zero)
        hint = QLabel(self.tr("Below yellow is red. Engagement counts the days since the last "
                              "activity. Defaults: green 70, yellow 40, 7 and 60 days."))
        hint.setWordWrap(True)
        risk_form.addRow(hint)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(self.tr("Default thresholds"))
        defaults.clicked.connect(self.restore_default_thresholds)
        _align_labels(look_form, money_form, risk_form)
        layout = QVBoxLayout(self)
        for widget in (look, money_box, risk, self.error_label, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
        self._update_sample()

    def _combo(self, items: tuple[tuple[str, str], ...], current: str) -> QComboBox:
        combo = QComboBox()
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _number(self, value: float, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def money_format(self) -> MoneyFormat:
        return MoneyFormat(str(self.currency.currentData()), self.symbol_after.isChecked(),
                           self.decimals.value())

    def thresholds(self) -> RiskThresholds:
        return RiskThresholds(self.green_from.value(), self.yellow_from.value(),
                              self.engagement_full.value(), self.engagement_zero.value())

    def _update_sample(self) -> None:
        self.money_sample.setText(format_money(SAMPLE_AMOUNT, self.money_format()))

    def _language_changed(self) -> None:
        self.restart_label.setVisible(self.language.currentData() != self.language_before)

    def restore_default_thresholds(self) -> None:
        d = DEFAULT_THRESHOLDS
        for spin, value in ((self.green_from, d.green_from), (self.yellow_from, d.yellow_from),
                            (self.engagement_full, d.engagement_full_days),
                            (self.engagement_zero, d.engagement_zero_days)):
            spin.setValue(value)

    def _problem_text(self, code: str) -> str:
        return {"bands_order": self.tr("Yellow must start below green."),
                "engagement_order": self.tr("Full engagement must end before it reaches zero."),
                }.get(code, self.tr("Every threshold must be a number."))

    def apply(self) -> None:
        """Store the look in QSettings, and the numbers through one undoable command."""
        limits = self.thresholds()
        problem = limits.problem()
        if problem:
            self.error_label.setText(self._problem_text(problem))
            self.error_label.setVisible(True)
            return
        s = self.settings
        s.set_language(str(self.language.currentData()))
        s.set_date_style(str(self.date_style.currentData()))
        s.set_week_start(str(self.week_start.currentData()))
        s.sync()
        look_changed = (s.date_style(), s.week_start()) != look_before()
        install_look(s.date_style(), s.week_start())
        if look_changed:  # dates are written at paint time: the lists read their rows again
            self.ctx.bus.announce(ChangeSet(accounts=True, tasks=True, milestones=True,
                                            all_accounts=True), None)
        fmt = self.money_format()
        if fmt != self.money_before or limits != self.limits_before:
            self.ctx.undo_stack.push(SetNumberPreferences(
                self.ctx, fmt, limits, (self.money_before, self.limits_before), self))
        self.accept()


def _align_labels(*forms: QFormLayout) -> None:
    """One label column across the group boxes, so their fields start at the same place."""
    labels: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def edit_preferences(ctx: AppContext, settings: AppSettings, parent: QWidget | None) -> PreferencesDialog:
    """Open the dialog without blocking the window (window-modal, as the other dialogs)."""
    dialog = PreferencesDialog(ctx, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
