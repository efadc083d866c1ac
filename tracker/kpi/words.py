"""The names and formulas of every KPI and health factor, written once.

A KPI carries only its key and values; its label and formula are looked up here when
shown, through :mod:`tracker.i18n`, so the dashboard, the KPI table, the report and the
CLI say the same words in the same language. Each English text is marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects it into the translation catalog.
"""

from __future__ import annotations

from tracker.i18n import QT_TRANSLATE_NOOP, Phrase, translate, words

KPI = "kpi"
FORMULA = "kpi formula"
DETAIL = "kpi detail"
HEALTH = "health"

LABELS: dict[str, str] = {
    "activation": QT_TRANSLATE_NOOP("kpi", "Activation rate"),
    "golive_on_time": QT_TRANSLATE_NOOP("kpi", "On-time go-live rate"),
    "task_overdue": QT_TRANSLATE_NOOP("kpi", "Overdue tasks"),
    "checklist_progress": QT_TRANSLATE_NOOP("kpi", "Checklist progress"),
    "csat": QT_TRANSLATE_NOOP("kpi", "CSAT"),
    "nps": QT_TRANSLATE_NOOP("kpi", "NPS"),
    "feature_adoption": QT_TRANSLATE_NOOP("kpi", "Feature adoption"),
    "ninety_day": QT_TRANSLATE_NOOP("kpi", "Past 90 days without value"),
    "health": QT_TRANSLATE_NOOP("kpi", "Average health"),
    "retention": QT_TRANSLATE_NOOP("kpi", "Retention rate"),
    "churn": QT_TRANSLATE_NOOP("kpi", "Churn rate"),
    "grr": QT_TRANSLATE_NOOP("kpi", "Gross revenue retention"),
    "nrr": QT_TRANSLATE_NOOP("kpi", "Net revenue retention"),
    "cltv": QT_TRANSLATE_NOOP("kpi", "Customer lifetime value (simple)"),
    "cltv_projected": QT_TRANSLATE_NOOP("kpi", "Customer lifetime value (projected)"),
    "ttfv_median": QT_TRANSLATE_NOOP("kpi", "Time to first value (median)"),
    "ttfv_p75": QT_TRANSLATE_NOOP("kpi", "Time to first value (p75)"),
    "ttfv_p90": QT_TRANSLATE_NOOP("kpi", "Time to first value (p90)"),
    "ttgl_median": QT_TRANSLATE_NOOP("kpi", "Time to go-live (median)"),
    "ttgl_p75": QT_TRANSLATE_NOOP("kpi", "Time to go-live (p75)"),
    "ttgl_p90": QT_TRANSLATE_NOOP("kpi", "Time to go-live (p90)"),
    "trial_conversion": QT_TRANSLATE_NOOP("kpi", "Trial-to-paid conversion"),
    "ttc_median": QT_TRANSLATE_NOOP("kpi", "Time to convert (median)"),
    "open_cases": QT_TRANSLATE_NOOP("kpi", "Open support cases"),
    "cases_per_account": QT_TRANSLATE_NOOP("kpi", "Support cases per account"),
    "maturity_advanced": QT_TRANSLATE_NOOP("kpi", "Advanced a maturity level"),
    "maturity_time": QT_TRANSLATE_NOOP("kpi", "Time between levels (median)"),
}
DROPOFF_LABEL = QT_TRANSLATE_NOOP("kpi", "Drop-off in {0}")

_KM = QT_TRANSLATE_NOOP("kpi formula", "days from signed to {0}, {1} of a Kaplan-Meier estimate; accounts "
                        "not there yet are censored, churned ones censored at churn")
FORMULAS: dict[str, str] = {
    "activation": QT_TRANSLATE_NOOP("kpi formula", "contacts activated / contacts invited x 100"),
    "golive_on_time": QT_TRANSLATE_NOOP(
        "kpi formula", "accounts live on or before target / accounts live x 100"),
    "task_overdue": QT_TRANSLATE_NOOP(
        "kpi formula", "overdue open tasks / tasks due to date x 100 (lower is better; skipped tasks "
        "and churned accounts left out)"),
    "checklist_progress": QT_TRANSLATE_NOOP(
        "kpi formula", "done tasks / (all tasks - skipped) x 100, accounts not churned"),
    "csat": QT_TRANSLATE_NOOP("kpi formula", "responses of 4 or 5 / all responses x 100"),
    "nps": QT_TRANSLATE_NOOP("kpi formula", "% promoters (9-10) - % detractors (0-6), from -100 to +100"),
    "feature_adoption": QT_TRANSLATE_NOOP(
        "kpi formula", "adopted tracked features / (tracked features x accounts not churned) x 100"),
    "ninety_day": QT_TRANSLATE_NOOP(
        "kpi formula", "accounts past 90 days from signed without first value / accounts past 90 days "
        "x 100 (lower is better)"),
    "health": QT_TRANSLATE_NOOP(
        "kpi formula", "mean health score (0-100) of accounts not churned; green >= {0:g}, "
        "yellow >= {1:g}, red < {1:g}"),
    "retention": QT_TRANSLATE_NOOP(
        "kpi formula", "(accounts at end - new accounts in period) / accounts at start x 100"),
    "churn": QT_TRANSLATE_NOOP("kpi formula", "accounts lost / accounts at start x 100"),
    "grr": QT_TRANSLATE_NOOP(
        "kpi formula", "(starting MRR - contraction - churned MRR) / starting MRR x 100"),
    "nrr": QT_TRANSLATE_NOOP(
        "kpi formula", "(starting MRR - contraction - churned MRR + expansion) / starting MRR x 100"),
    "cltv": QT_TRANSLATE_NOOP(
        "kpi formula", "average MRR x gross margin ({0:.0%}) / monthly churn rate (accounts lost / months "
        "of tenure observed)"),
    "cltv_projected": QT_TRANSLATE_NOOP(
        "kpi formula", "sum of gross margin ({0:.0%}) x average MRR x projected survival "
        "(shifted-beta-geometric fit) over {1} months, discounted {2:.0%} a year"),
    "trial_conversion": QT_TRANSLATE_NOOP(
        "kpi formula", "trials converted to paid / trials decided in the period (ended, or converted, "
        "in it) x 100"),
    "ttc_median": QT_TRANSLATE_NOOP(
        "kpi formula", "days from trial start to paid, median of a Kaplan-Meier estimate; running trials "
        "are censored, ones that ended unconverted censored at their end date"),
    "open_cases": QT_TRANSLATE_NOOP(
        "kpi formula", "support cases opened and not closed, accounts not churned (lower is better)"),
    "cases_per_account": QT_TRANSLATE_NOOP(
        "kpi formula", "support cases opened in the period / accounts not churned (lower is better)"),
    "maturity_advanced": QT_TRANSLATE_NOOP(
        "kpi formula", "accounts that reached a higher maturity level in the period / accounts not "
        "churned x 100"),
    "maturity_time": QT_TRANSLATE_NOOP(
        "kpi formula", "median days between an account's consecutive maturity levels (moves up "
        "observed so far)"),
}
DROPOFF_FORMULA = QT_TRANSLATE_NOOP(
    "kpi formula", "accounts that entered {0} and churned before {1} / accounts that entered {0} x 100")

# The words inside the survival KPIs' formulas: the event and the quantile.
EVENTS = {"ttfv": QT_TRANSLATE_NOOP("kpi formula", "first value"),
          "ttgl": QT_TRANSLATE_NOOP("kpi formula", "go-live")}
QUANTILES = {"median": QT_TRANSLATE_NOOP("kpi formula", "median"),
             "p75": QT_TRANSLATE_NOOP("kpi formula", "p75"),
             "p90": QT_TRANSLATE_NOOP("kpi formula", "p90")}

STAGES = {
    "Embark": QT_TRANSLATE_NOOP("labels", "Embark"), "Handoff": QT_TRANSLATE_NOOP("labels", "Handoff"),
    "Kickoff": QT_TRANSLATE_NOOP("labels", "Kickoff"), "Adopt": QT_TRANSLATE_NOOP("labels", "Adopt"),
    "Review": QT_TRANSLATE_NOOP("labels", "Review"), "Expand": QT_TRANSLATE_NOOP("labels", "Expand"),
}

FACTOR_LABELS: dict[str, str] = {
    "progress": QT_TRANSLATE_NOOP("health", "Checklist progress against plan"),
    "on_time": QT_TRANSLATE_NOOP("health", "Task on-time performance"),
    "activation": QT_TRANSLATE_NOOP("health", "Activation rate"),
    "sentiment": QT_TRANSLATE_NOOP("health", "Latest CSAT/NPS"),
    "engagement": QT_TRANSLATE_NOOP("health", "Days since last activity"),
    "first_value": QT_TRANSLATE_NOOP("health", "90-day first-value rule"),
    "open_cases": QT_TRANSLATE_NOOP("health", "Open support cases against the segment's norm"),
    "case_volume": QT_TRANSLATE_NOOP("health", "Support case volume against the segment's norm"),
    "trial": QT_TRANSLATE_NOOP("health", "Trial conversion"),
    "checkins": QT_TRANSLATE_NOOP("health", "Check-in cadence kept"),
}

# Goal statuses and how a goal's scope reads (tracker.kpi.goals speaks in these codes).
GOAL_STATUSES: dict[str, str] = {
    "on_track": QT_TRANSLATE_NOOP("goals", "On track"),
    "behind": QT_TRANSLATE_NOOP("goals", "Behind"),
    "achieved": QT_TRANSLATE_NOOP("goals", "Achieved"),
    "missed": QT_TRANSLATE_NOOP("goals", "Missed"),
    "met": QT_TRANSLATE_NOOP("goals", "Met"),
    "no_data": QT_TRANSLATE_NOOP("goals", "No data"),
}
GOAL_SCOPE_NAMES: dict[str, str] = {
    "portfolio": QT_TRANSLATE_NOOP("goals", "Portfolio"),
    "segment": QT_TRANSLATE_NOOP("goals", "Segment"),
    "owner": QT_TRANSLATE_NOOP("goals", "Owner"),
    "cohort": QT_TRANSLATE_NOOP("goals", "Cohort"),
}
GOAL_FORECAST = QT_TRANSLATE_NOOP(
    "goals", "Forecast: a straight line fitted by least squares to the KPI's month-end values "
    "since the goal's start, read at the deadline; at least three month ends are needed.")
NOT_ENOUGH_HISTORY = QT_TRANSLATE_NOOP("goals", "Not enough history")


def goal_status_name(code: str) -> str:
    return translate("goals", GOAL_STATUSES[code]) if code in GOAL_STATUSES else code


def stage_name(stage: str) -> str:
    return translate("labels", STAGES[stage]) if stage in STAGES else stage


def _stage_of(key: str) -> str | None:
    if key.startswith("dropoff_"):
        tail = key.removeprefix("dropoff_")
        return next((s for s in STAGES if s.lower() == tail), None)
    return None


def kpi_label(key: str) -> str:
    """The KPI's name in the current language (its key if it has none)."""
    if key in LABELS:
        return translate(KPI, LABELS[key])
    stage = _stage_of(key)
    if stage is not None:
        return words(KPI, DROPOFF_LABEL, stage_name(stage))
    return key


def kpi_formula(key: str, args: tuple[object, ...] = ()) -> str:
    """How the KPI is computed, in words, with the values its formula names (a margin, ...)."""
    if key in FORMULAS:
        return words(FORMULA, FORMULAS[key], *args)
    event, _, quantile = key.partition("_")
    if event in EVENTS and quantile in QUANTILES:
        return words(FORMULA, _KM, translate(FORMULA, EVENTS[event]), translate(FORMULA, QUANTILES[quantile]))
    stage = _stage_of(key)
    if stage is not None:
        order = list(STAGES)
        following = order[order.index(stage) + 1] if stage != order[-1] else stage
        return words(FORMULA, DROPOFF_FORMULA, stage_name(stage), stage_name(following))
    return ""


def factor_label(factor: str) -> str:
    """A health factor's name in the current language."""
    return translate(HEALTH, FACTOR_LABELS[factor]) if factor in FACTOR_LABELS else factor


def detail(template: str, *args: object) -> Phrase:
    """A KPI's detail sentence (``template`` marked in the "kpi detail" context)."""
    return Phrase(DETAIL, template, args)


NO_DATA = QT_TRANSLATE_NOOP("kpi detail", "No data yet.")
NO_ACCOUNTS = QT_TRANSLATE_NOOP("kpi detail", "No accounts.")
