"""The first sheet: the headline, the KPIs by group against the previous period, then the
manager's views (charts, at risk, per owner and segment, stages, go-lives, overdue milestones).

The views live on this sheet, each section starting a printed page of its own, rather than on
sheets of their own: the importer offers the first sheet whose first rows look like a table,
and a sheet of at-risk accounts would be taken for an account list to import.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from xlsxwriter.worksheet import Worksheet

from tracker.excel.report import words as w
from tracker.excel.report.book import Book, write_text, write_value
from tracker.excel.report.charts import ChartData, add_charts
from tracker.excel.report.overview import GroupRow, Overview
from tracker.kpi.values import KpiValue, display_value
from tracker.labels import label
from tracker.rules import HEALTH_NOT_ENOUGH_DATA

WIDTHS = (34, 15, 15, 15, 12, 12, 52, 46)
CHARS_PER_LINE = {6: 62, 7: 55}  # wrapped columns G and H: characters a line holds at 11 pt
LINE_PT = 15.0

# The KPI groups of the first page, in order, and which way is better for each KPI.
KPI_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("adoption", ("activation", "feature_adoption", "checklist_progress")),
    ("speed", ("golive_on_time", "ttfv_median", "ttfv_p75", "ttfv_p90", "ttgl_median", "ttgl_p75",
               "ttgl_p90")),
    ("quality", ("task_overdue", "ninety_day", "health", "dropoff_embark", "dropoff_handoff",
                 "dropoff_kickoff", "dropoff_adopt", "dropoff_review", "dropoff_expand")),
    ("satisfaction", ("csat", "nps")),
    ("retention", ("retention", "churn", "grr", "nrr")),
    ("value", ("cltv", "cltv_projected")),
)
LOWER_IS_BETTER = {"ttfv_median", "ttfv_p75", "ttfv_p90", "ttgl_median", "ttgl_p75", "ttgl_p90",
                   "task_overdue", "ninety_day", "churn"}
BAND_COLOURS = {"on_track": "#C6EFCE", "green": "#C6EFCE", "at_risk": "#FFEB9C", "yellow": "#FFEB9C",
                "off_track": "#FFC7CE", "red": "#FFC7CE"}


def direction(key: str, now: KpiValue, before: KpiValue | None) -> tuple[str, int]:
    """Arrow and verdict of the change against the previous period (and +1 better, -1 worse)."""
    if before is None or not before.has_data or now.value is None:
        return w.t(w.NO_COMPARISON), 0
    a, b = display_value(now), display_value(before)
    if a is None or b is None or a == b:
        return w.t(w.SAME), 0  # no leading "=": Excel would take our own word for a formula
    better = (a < b) if (key in LOWER_IS_BETTER or key.startswith("dropoff_")) else (a > b)
    arrow = "\u25b2" if a > b else "\u25bc"
    return f"{arrow} " + (w.t(w.BETTER) if better else w.t(w.WORSE)), 1 if better else -1


def grouped(kpis: Sequence[KpiValue]) -> list[tuple[str, list[KpiValue]]]:
    """The KPIs in their groups; a KPI no group names goes to the last group, never lost."""
    by_key = {k.key: k for k in kpis}
    placed: set[str] = set()
    out: list[tuple[str, list[KpiValue]]] = []
    for group, keys in KPI_GROUPS:
        members = [by_key[k] for k in keys if k in by_key]
        placed.update(k.key for k in members)
        out.append((group, members))
    out[-1][1].extend(k for k in kpis if k.key not in placed)
    return [(g, m) for g, m in out if m]


def _lines(text: str, col: int) -> int:
    per = CHARS_PER_LINE.get(col, 40)
    return sum(max(1, math.ceil(len(part) / per)) for part in text.split("\n")) if text else 1


class SummaryWriter:
    def __init__(self, book: Book, ws: Worksheet) -> None:
        self.book, self.ws, self.row = book, ws, 0
        self.breaks: list[int] = []
        b = book
        self.f_title = b.fmt(bold=True, font_size=18, font_color="#1F4E79")
        self.f_section = b.fmt(bold=True, font_size=13, font_color="#1F4E79", bottom=2,
                               bottom_color="#1F4E79")
        self.f_group = b.fmt(bold=True, bg_color="#DDEBF7", valign="top")
        self.f_label = b.fmt(valign="top")
        self.f_change = b.fmt(valign="top", indent=1)
        self.f_big = b.fmt(bold=True, font_size=14, align="left", num_format="#,##0")
        self.f_big_days = b.fmt(bold=True, font_size=14, align="left", num_format='#,##0 "days"')
        self.f_big_text = b.fmt(bold=True, font_size=14, align="left")
        self.f_wrap = b.fmt(text_wrap=True, valign="top")
        self.f_note = b.fmt(italic=True, font_color="#595959", text_wrap=True, valign="top")
        self.f_date = b.number("date", align="left")
        self.f_header = b.header()
        self.f_risky = b.fmt(quote_prefix=True, valign="top")
        self.f_int = b.number("int", valign="top")
        self.f_pct = b.number("percent1", valign="top")
        self.f_days = b.number("days", valign="top")
        self.f_score = b.number("score", valign="top")
        self.f_money = b.number("money", valign="top")
        self.f_center = b.fmt(valign="top", align="center")
        self.f_better = b.fmt(valign="top", font_color="#006100", indent=1)
        self.f_worse = b.fmt(valign="top", font_color="#9C0006", indent=1)

    # --- plumbing ---------------------------------------------------------------------

    def put(self, values: Sequence[Any], fmts: Sequence[Any] | Any = None,
            height: float | None = None) -> int:
        row = self.row
        if height is not None:
            self.ws.set_row(row, height)
        for col, value in enumerate(values):
            fmt = fmts[col] if isinstance(fmts, list | tuple) else fmts
            write_value(self.ws, row, col, value, fmt)
        self.row += 1
        return row

    def text(self, col: int, text: str, fmt: Any) -> None:
        write_text(self.ws, self.row, col, text, fmt, self.f_risky)

    def section(self, title: str, new_page: bool = True) -> None:
        if new_page and self.row:
            self.breaks.append(self.row)
        self.ws.set_row(self.row, 22)
        self.put([title] + [""] * (len(WIDTHS) - 1), self.f_section)

    def note(self, text: str, cols: int = 8) -> None:
        height = LINE_PT * max(1, math.ceil(len(text) / (sum(WIDTHS[:cols]) * 1.05)))
        self.ws.set_row(self.row, height)
        self.ws.merge_range(self.row, 0, self.row, cols - 1, "", self.f_note)
        write_text(self.ws, self.row, 0, text, self.f_note, self.f_note)
        self.row += 1

    def headers(self, titles: Sequence[str]) -> None:
        self.ws.set_row(self.row, 31)
        self.put(list(titles), self.f_header)

    # --- the first page -----------------------------------------------------------------

    def title(self, as_of: date, scope: str, accounts: int) -> None:
        for col, width in enumerate(WIDTHS):
            self.ws.set_column(col, col, width)
        self.ws.set_row(0, 28)
        self.put([w.t(w.REPORT)], self.f_title)
        self.put([w.t(w.AS_OF), as_of], [self.f_label, self.f_date])
        self.put([w.t(w.SCOPE)], self.f_label)
        self.row -= 1
        self.text(1, scope, self.f_label)
        self.put([], None)
        self.put([w.counted(w.IN_SCOPE, accounts)], self.f_note)

    def empty(self) -> None:
        self.row += 1
        self.note(w.t(w.EMPTY))

    def headline(self, view: Overview, ttfv: KpiValue | None) -> None:
        h = view.headline
        self.row += 1
        self.section(w.t(w.HEADLINE), new_page=False)
        items: list[tuple[str, Any, Any]] = [
            (w.t(w.ONBOARDING_NOW), h.onboarding, self.f_big),
            (w.t(w.WENT_LIVE, view.period_days), h.went_live, self.f_big),
            (w.t(w.AT_RISK), h.at_risk, self.f_big),
            (w.t(w.OVERDUE_MILESTONES), h.overdue_milestones, self.f_big),
        ]
        if ttfv is not None and ttfv.value is not None:
            items.append((w.t(w.TTFV_MEDIAN), display_value(ttfv), self.f_big_days))
        else:
            items.append((w.t(w.TTFV_MEDIAN), w.t(w.NOT_REACHED), self.f_big_text))
        for text, value, fmt in items:
            self.put([text, value], [self.f_label, fmt], height=20)

    def kpis(self, kpis: Sequence[KpiValue], before: dict[str, KpiValue], as_of: date, period: int) -> None:
        self.row += 1
        self.headers([w.t(h) for h in w.KPI_HEADERS])
        for group, members in grouped(kpis):
            self.put([w.t(w.GROUPS[group])] + [""] * (len(WIDTHS) - 1), self.f_group)
            for kpi in members:
                self.kpi_row(kpi, before.get(kpi.key))
        self.note(w.t(w.PREVIOUS_NOTE, (as_of - timedelta(days=period)).isoformat()))

    def _value(self, col: int, kpi: KpiValue | None, banded: bool) -> None:
        if kpi is None:
            return
        value = display_value(kpi)
        if value is None:
            write_value(self.ws, self.row, col, w.t(w.NO_VALUE), self.f_center)
            return
        kind = {"%": "percent1", "$": "money", "days": "days"}.get(kpi.unit, "score")
        props: dict[str, Any] = {"valign": "top"}
        if banded and kpi.band in BAND_COLOURS:
            props["bg_color"] = BAND_COLOURS[kpi.band]
        write_value(self.ws, self.row, col, value / 100 if kpi.unit == "%" else value,
                    self.book.number(kind, **props))

    def kpi_row(self, kpi: KpiValue, before: KpiValue | None) -> None:
        formula, detail = kpi.formula, kpi.detail
        lines = max(_lines(formula, 6), _lines(detail, 7))
        self.ws.set_row(self.row, max(LINE_PT, LINE_PT * lines) + 2)
        self.text(0, kpi.label, self.f_label)
        self._value(1, kpi, banded=True)
        self._value(2, before, banded=False)
        change, sign = direction(kpi.key, kpi, before)
        write_value(self.ws, self.row, 3, change,
                    self.f_better if sign > 0 else self.f_worse if sign < 0 else self.f_change)
        # Target (E) and Status (F) stay empty until goals exist (the goals issue fills them).
        self.text(6, formula, self.f_wrap)
        self.text(7, detail, self.f_wrap)
        self.row += 1

    # --- the manager's views ---------------------------------------------------------------

    def charts(self, view: Overview, health: tuple[int, int, int]) -> None:
        self.section(w.t(w.STAGES_TITLE))
        self.note(w.t(w.STAGES_LEGEND))
        self.headers([w.t(h) for h in w.STAGE_HEADERS])
        stage_top = self.row
        for s in view.stages:
            self.put([label("stage", s.stage), s.accounts, s.median_days],
                     [self.f_label, self.f_int, self.book.number("number")])
        self.row += 1
        self.headers([w.t(h) for h in w.HEALTH_HEADERS])
        health_top = self.row
        for band, count in zip(("green", "yellow", "red"), health, strict=True):
            self.put([label("band", band), count], [self.f_label, self.f_int])
        self.row = max(self.row, stage_top + 16)
        self.section(w.t(w.MONTHS_TITLE))
        self.note(w.t(w.MONTHS_LEGEND))
        self.headers([w.t(h) for h in w.MONTH_HEADERS])
        month_top = self.row
        g, c = view.golive, view.csat
        for i, month in enumerate(g.months):
            rate, sat = g.values[i], c.values[i]
            self.put([month, g.counts[i], None if rate is None else round(rate * g.counts[i] / 100),
                      None if rate is None else rate / 100, c.counts[i], None if sat is None else sat / 100],
                     [self.f_label, self.f_int, self.f_int, self.book.number("percent"), self.f_int,
                      self.book.number("percent")])
        data = ChartData(
            sheet=self.ws.name, stage_rows=(stage_top, stage_top + len(view.stages) - 1),
            stages=tuple(label("stage", s.stage) for s in view.stages),
            stage_counts=tuple(s.accounts for s in view.stages),
            health_rows=(health_top, health_top + 2),
            bands=tuple(label("band", b) for b in ("green", "yellow", "red")), health=health,
            month_rows=(month_top, month_top + len(g.months) - 1), months=g.months,
            golives=g.counts, on_time=tuple(None if v is None else v / 100 for v in g.values),
            csat=tuple(None if v is None else v / 100 for v in c.values))
        add_charts(self.book, self.ws, data, self.row + 1)
        self.row += 18

    def at_risk(self, view: Overview) -> None:
        self.section(w.t(w.AT_RISK_TITLE) + f" ({len(view.at_risk):,})")
        self.note(w.t(w.AT_RISK_LEGEND))
        if not view.at_risk:
            self.note(w.t(w.NONE_AT_RISK))
            return
        self.headers([w.t(h) for h in w.AT_RISK_HEADERS])
        red = self.book.fmt(valign="top", bg_color="#FFC7CE", num_format="0")
        for r in view.at_risk:
            a = r.account
            reasons = "\n".join(label("reason", code) for code in a.reasons)
            self.ws.set_row(self.row, LINE_PT * max(len(a.reasons), _lines(r.next_due_title, 7)) + 2)
            self.text(0, a.name, self.f_label)
            self.text(1, a.owner, self.f_label)
            write_value(self.ws, self.row, 2, label("stage", a.stage), self.f_label)
            if a.health is not None:
                write_value(self.ws, self.row, 3, round(a.health.score),
                            red if a.health.band == "red" else self.book.number("whole", valign="top"))
            else:
                self.text(3, label("band", HEALTH_NOT_ENOUGH_DATA), self.f_wrap)
            write_value(self.ws, self.row, 4, r.days_since_activity, self.f_int)
            if a.next_due:
                write_value(self.ws, self.row, 5, date.fromisoformat(a.next_due[:10]),
                            self.book.number("date", valign="top"))
            write_value(self.ws, self.row, 6, reasons, self.f_wrap)
            self.text(7, r.next_due_title, self.f_wrap)
            self.row += 1

    def groups(self, owners: Sequence[GroupRow], segments: Sequence[GroupRow]) -> None:
        for index, (title, first, rows) in enumerate(((w.OWNERS_TITLE, w.OWNER, owners),
                                                      (w.SEGMENTS_TITLE, w.SEGMENT, segments))):
            self.section(w.t(title), new_page=index == 0)
            self.headers([w.t(first)] + [w.t(h) for h in w.GROUP_HEADERS])
            for g in rows:
                self.text(0, g.name, self.f_label)
                write_value(self.ws, self.row, 1, g.accounts, self.f_int)
                write_value(self.ws, self.row, 2, None if g.on_time is None else g.on_time / 100,
                            self.f_pct)
                write_value(self.ws, self.row, 3, g.golive_judged, self.f_int)
                write_value(self.ws, self.row, 4, g.ttfv_median if g.ttfv_median is not None
                            else w.t(w.NOT_REACHED), self.f_days)
                write_value(self.ws, self.row, 5, g.at_risk, self.f_int)
                write_value(self.ws, self.row, 6, None if g.nps is None else round(g.nps, 1),
                            self.f_score)
                self.row += 1
            self.row += 1

    def due(self, view: Overview, days: int) -> None:
        self.section(w.t(w.UPCOMING_TITLE, days))
        if view.upcoming:
            self.headers([w.t(h) for h in w.UPCOMING_HEADERS])
            for d in view.upcoming:
                self._due_row(d, with_what=False)
        else:
            self.note(w.t(w.NONE_UPCOMING, days))
        self.row += 1
        self.section(w.t(w.OVERDUE_TITLE) + f" ({len(view.overdue_milestones):,})", new_page=False)
        if view.overdue_milestones:
            self.headers([w.t(h) for h in w.OVERDUE_HEADERS])
            for d in view.overdue_milestones:
                self._due_row(d, with_what=True)
        else:
            self.note(w.t(w.NONE_OVERDUE))

    def _due_row(self, d: Any, with_what: bool) -> None:
        self.text(0, d.name, self.f_label)
        self.text(1, d.owner, self.f_label)
        write_value(self.ws, self.row, 2, label("stage", d.stage), self.f_label)
        write_value(self.ws, self.row, 3, date.fromisoformat(d.day), self.book.number("date", valign="top"))
        write_value(self.ws, self.row, 4, d.days, self.f_int)
        if with_what:
            self.text(5, d.what, self.f_label)
        self.row += 1

    def finish(self) -> None:
        if self.breaks:
            self.ws.set_h_pagebreaks(self.breaks)
