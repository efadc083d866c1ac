"""The dashboard's filter bar: segment, owner, signed window, as-of date and period.

Functions of the view rather than methods, so :mod:`ui.views.dashboard` stays about
computing and showing the numbers; the widgets they make are the view's attributes
(declared on :class:`~ui.views.dashboard.DashboardView`), where the tests find them. Their
words stay in the "DashboardView" translation context, as before the split.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QWidget

from tracker.kpi.filters import KpiFilter, filter_choices
from ui.display import calendar_date_edit

if TYPE_CHECKING:
    from ui.views.dashboard import DashboardView

PERIODS: tuple[int, ...] = (30, 90, 180, 365)


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardView", text)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def build_filter_bar(view: DashboardView) -> None:
    """The bar's widgets, as attributes of ``view``, wired to refresh it on every change."""
    view.filter_bar = QFrame()
    view.filter_bar.setObjectName("dashboard_filters")
    bar = QHBoxLayout(view.filter_bar)
    bar.setContentsMargins(8, 6, 8, 6)
    view.segment_combo = QComboBox()
    view.segment_combo.setObjectName("segment_filter")
    view.owner_combo = QComboBox()
    view.owner_combo.setObjectName("owner_filter")
    for combo in (view.segment_combo, view.owner_combo):
        # A stable width: the bar must not jump when the lists fill or change.
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    view.signed_check = QCheckBox(tr("Signed from"))
    today = view.ctx.today()
    view.signed_from = calendar_date_edit(to_qdate(today.replace(year=today.year - 1)))
    view.signed_to = calendar_date_edit(to_qdate(today))
    view.as_of_edit = calendar_date_edit(to_qdate(today))
    view.as_of_edit.setObjectName("as_of")
    view.signed_from.setEnabled(False)
    view.signed_to.setEnabled(False)
    view.period_combo = QComboBox()
    for days in PERIODS:
        view.period_combo.addItem(tr("{0} days").format(days), days)
    view.period_combo.setCurrentIndex(PERIODS.index(90))
    view.period_combo.setToolTip(tr("Period for retention, churn, revenue retention and "
                                         "the tiles' trend"))
    for text, widget in ((tr("Segment"), view.segment_combo),
                         (tr("Owner"), view.owner_combo)):
        label = QLabel(text)
        label.setBuddy(widget)
        bar.addWidget(label)
        bar.addWidget(widget)
    bar.addSpacing(8)
    bar.addWidget(view.signed_check)
    bar.addWidget(view.signed_from)
    bar.addWidget(QLabel(tr("to")))
    bar.addWidget(view.signed_to)
    bar.addSpacing(8)
    pairs: tuple[tuple[str, QWidget], ...] = ((tr("As of"), view.as_of_edit),
                                              (tr("Period"), view.period_combo))
    for text, field in pairs:
        label = QLabel(text)
        label.setBuddy(field)
        bar.addWidget(label)
        bar.addWidget(field)
    bar.addStretch(1)
    fill_choices(view)
    view.segment_combo.currentIndexChanged.connect(view.refresh)
    view.owner_combo.currentIndexChanged.connect(view.refresh)
    view.signed_check.toggled.connect(view._on_signed_toggled)
    view.signed_from.dateChanged.connect(view._on_signed_changed)
    view.signed_to.dateChanged.connect(view._on_signed_changed)
    view.as_of_edit.dateChanged.connect(view.refresh)
    view.period_combo.currentIndexChanged.connect(view.refresh)


def fill_choices(view: DashboardView) -> None:
    """(Re)fill segment and owner lists, keeping the current choice when it still exists."""
    segments, owners = filter_choices(view.ctx.db)
    for combo, items in ((view.segment_combo, [(sid, name) for sid, name in segments]),
                         (view.owner_combo, [(o, o) for o in owners])):
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(tr("All"), None)
            for value, text in items:
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))


def filter_of(view: DashboardView) -> KpiFilter:
    """The KPI filter the bar's segment, owner and signed window say."""
    segment = view.segment_combo.currentData()
    owner = view.owner_combo.currentData()
    signed = view.signed_check.isChecked()
    return KpiFilter(
        segment_ids=(int(segment),) if segment is not None else (),
        owners=(str(owner),) if owner is not None else (),
        signed_from=to_date(view.signed_from.date()) if signed else None,
        signed_to=to_date(view.signed_to.date()) if signed else None,
    )
