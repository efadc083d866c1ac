"""The report's own words: sheet, section and column titles, legends, directions.

Each is marked for translation in the "report" context and rendered when the workbook is
written, in the language installed then (the app's, or the CLI's catalog). The data sheets'
column titles are the importer's field labels and stay as they are, so a report edited in
Excel still imports back.
"""

from __future__ import annotations

from tracker.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, plural, translate

REPORT = QT_TRANSLATE_NOOP("report", "Onboarding report")
SUMMARY = QT_TRANSLATE_NOOP("report", "Summary")
AS_OF = QT_TRANSLATE_NOOP("report", "As of")
SCOPE = QT_TRANSLATE_NOOP("report", "Accounts")
ALL_ACCOUNTS = QT_TRANSLATE_NOOP("report", "all accounts")
IN_SCOPE = QT_TRANSLATE_N_NOOP("report", "%Ln account(s) in scope")
PAGE, OF = QT_TRANSLATE_NOOP("report", "Page"), QT_TRANSLATE_NOOP("report", "of")
EMPTY = QT_TRANSLATE_NOOP(
    "report",
    "No accounts match this filter on this day: there is nothing to report. "
    "Widen the filter or choose a later as-of date.",
)

HEADLINE = QT_TRANSLATE_NOOP("report", "How onboarding stands")
ONBOARDING_NOW = QT_TRANSLATE_NOOP("report", "Onboarding now")
WENT_LIVE = QT_TRANSLATE_NOOP("report", "Went live in the last {0} days")
AT_RISK = QT_TRANSLATE_NOOP("report", "At risk")
OVERDUE_MILESTONES = QT_TRANSLATE_NOOP("report", "Overdue milestones")
TTFV_MEDIAN = QT_TRANSLATE_NOOP("report", "Median time to first value")
DAYS = QT_TRANSLATE_NOOP("report", "{0} days")
NOT_REACHED = QT_TRANSLATE_NOOP("report", "not reached yet")

KPI_HEADERS = (
    QT_TRANSLATE_NOOP("report", "KPI"),
    QT_TRANSLATE_NOOP("report", "Value"),
    QT_TRANSLATE_NOOP("report", "Previous period"),
    QT_TRANSLATE_NOOP("report", "Change"),
    QT_TRANSLATE_NOOP("report", "Target"),
    QT_TRANSLATE_NOOP("report", "Status"),
    QT_TRANSLATE_NOOP("report", "How it is computed"),
    QT_TRANSLATE_NOOP("report", "Detail"),
)
GROUPS = {
    "adoption": QT_TRANSLATE_NOOP("report", "Adoption"),
    "speed": QT_TRANSLATE_NOOP("report", "Speed"),
    "quality": QT_TRANSLATE_NOOP("report", "Quality"),
    "satisfaction": QT_TRANSLATE_NOOP("report", "Satisfaction"),
    "retention": QT_TRANSLATE_NOOP("report", "Retention"),
    "value": QT_TRANSLATE_NOOP("report", "Value"),
}
BETTER, WORSE, SAME, NO_COMPARISON = (
    QT_TRANSLATE_NOOP("report", "better"),
    QT_TRANSLATE_NOOP("report", "worse"),
    QT_TRANSLATE_NOOP("report", "same"),
    QT_TRANSLATE_NOOP("report", "no comparison"),
)
NO_VALUE = QT_TRANSLATE_NOOP("report", "n/a")
PREVIOUS_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Previous period: the same KPIs as of {0}. Change: \u25b2 up, \u25bc down, "
    "or the same; better or worse for the business. Target and Status fill in "
    "once goals are set.",
)

AT_RISK_TITLE = QT_TRANSLATE_NOOP("report", "At-risk accounts")
AT_RISK_LEGEND = QT_TRANSLATE_NOOP(
    "report",
    "Every account the app shows as at risk (Today and Accounts): health red, "
    "tasks off track (over 60 % of due tasks overdue) or no first value after "
    "90 days. Most reasons first, then lowest health.",
)
AT_RISK_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Account"),
    QT_TRANSLATE_NOOP("report", "Owner"),
    QT_TRANSLATE_NOOP("report", "Stage"),
    QT_TRANSLATE_NOOP("report", "Health"),
    QT_TRANSLATE_NOOP("report", "Days since last activity"),
    QT_TRANSLATE_NOOP("report", "Next due"),
    QT_TRANSLATE_NOOP("report", "Reasons"),
    QT_TRANSLATE_NOOP("report", "Next due item"),
)
NONE_AT_RISK = QT_TRANSLATE_NOOP("report", "No account is at risk.")

OWNERS_TITLE = QT_TRANSLATE_NOOP("report", "Per owner")
SEGMENTS_TITLE = QT_TRANSLATE_NOOP("report", "Per segment")
GROUP_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Accounts"),
    QT_TRANSLATE_NOOP("report", "On-time go-live"),
    QT_TRANSLATE_NOOP("report", "Go-lives judged"),
    QT_TRANSLATE_NOOP("report", "Median time to first value"),
    QT_TRANSLATE_NOOP("report", "At risk"),
    QT_TRANSLATE_NOOP("report", "NPS"),
)
OWNER, SEGMENT = QT_TRANSLATE_NOOP("report", "Owner"), QT_TRANSLATE_NOOP("report", "Segment")

STAGES_TITLE = QT_TRANSLATE_NOOP("report", "Where accounts are now")
STAGE_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Stage"),
    QT_TRANSLATE_NOOP("report", "Accounts now"),
    QT_TRANSLATE_NOOP("report", "Median days in stage"),
)
STAGES_LEGEND = QT_TRANSLATE_NOOP(
    "report",
    "Accounts not churned, by their current stage; median days of every stay in "
    "the stage so far (a stay still going counts up to the as-of date).",
)
UPCOMING_TITLE = QT_TRANSLATE_NOOP("report", "Go-lives due in the next {0} days")
UPCOMING_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Account"),
    QT_TRANSLATE_NOOP("report", "Owner"),
    QT_TRANSLATE_NOOP("report", "Stage"),
    QT_TRANSLATE_NOOP("report", "Target go-live"),
    QT_TRANSLATE_NOOP("report", "Days left"),
)
NONE_UPCOMING = QT_TRANSLATE_NOOP("report", "No go-live is due in the next {0} days.")
OVERDUE_TITLE = QT_TRANSLATE_NOOP("report", "Overdue milestones")
OVERDUE_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Account"),
    QT_TRANSLATE_NOOP("report", "Owner"),
    QT_TRANSLATE_NOOP("report", "Stage"),
    QT_TRANSLATE_NOOP("report", "Target"),
    QT_TRANSLATE_NOOP("report", "Days late"),
    QT_TRANSLATE_NOOP("report", "Milestone"),
)
NONE_OVERDUE = QT_TRANSLATE_NOOP("report", "No milestone is overdue.")
MONTHS_TITLE = QT_TRANSLATE_NOOP("report", "Go-lives per month")
MONTH_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Month"),
    QT_TRANSLATE_NOOP("report", "Go-lives"),
    QT_TRANSLATE_NOOP("report", "On time"),
    QT_TRANSLATE_NOOP("report", "On-time go-live"),
    QT_TRANSLATE_NOOP("report", "CSAT responses"),
    QT_TRANSLATE_NOOP("report", "CSAT"),
)
MONTHS_LEGEND = QT_TRANSLATE_NOOP(
    "report",
    "Accounts that went live in each month and the share on or before target; "
    "a month without go-lives has no rate (a gap in the chart, not 0 %).",
)

CHART_STAGES = QT_TRANSLATE_NOOP("report", "Accounts per stage now")
CHART_ON_TIME = QT_TRANSLATE_NOOP("report", "On-time go-live rate per month (bars: go-lives)")
CHART_CSAT = QT_TRANSLATE_NOOP("report", "CSAT per month")
CHART_HEALTH = QT_TRANSLATE_NOOP("report", "Account health")
HEALTH_HEADERS = (QT_TRANSLATE_NOOP("report", "Health band"), QT_TRANSLATE_NOOP("report", "Accounts"))

LEGEND_ACCOUNTS = QT_TRANSLATE_NOOP(
    "report",
    "Red rows: at risk, as in the app (health red, tasks off track or no first "
    "value after 90 days). Orange rows: overdue tasks (never for churned "
    "accounts).",
)
LEGEND_TASKS = QT_TRANSLATE_NOOP(
    "report",
    "Orange rows: open tasks past their due date (Days late); churned accounts' "
    "open tasks are abandoned, not late.",
)
LEGEND_MILESTONES = QT_TRANSLATE_NOOP(
    "report",
    "Orange rows: overdue milestones. Days late: past the target, or how late a milestone was achieved.",
)
LEGEND_FEEDBACK = QT_TRANSLATE_NOOP("report", "Red rows: CSAT 1-2 or NPS detractors (0-6).")
LEGEND_COHORTS = QT_TRANSLATE_NOOP(
    "report", "Share of each signing-month cohort still retained after m months (green: high, red: low)."
)
LEGENDS = {
    "Accounts": LEGEND_ACCOUNTS,
    "Checklist tasks": LEGEND_TASKS,
    "Milestones": LEGEND_MILESTONES,
    "Feedback": LEGEND_FEEDBACK,
    "Cohort retention": LEGEND_COHORTS,
}
# The data sheets' names as the reader sees them; the English title stays the sheet's key
# (its table name, its legend, its rules), so only the tab is in the user's language.
SHEET_TITLES = {
    "Accounts": QT_TRANSLATE_NOOP("report", "Accounts"),
    "Checklist tasks": QT_TRANSLATE_NOOP("report", "Checklist tasks"),
    "Milestones": QT_TRANSLATE_NOOP("report", "Milestones"),
    "Contacts": QT_TRANSLATE_NOOP("report", "Contacts"),
    "Feedback": QT_TRANSLATE_NOOP("report", "Feedback"),
    "Cohort retention": QT_TRANSLATE_NOOP("report", "Cohort retention"),
    "Goals": QT_TRANSLATE_NOOP("report", "Goals"),
    "Support cases": QT_TRANSLATE_NOOP("report", "Support cases"),
    "Trials": QT_TRANSLATE_NOOP("report", "Trials"),
    "Maturity": QT_TRANSLATE_NOOP("report", "Maturity"),
}


def sheet_title(title: str) -> str:
    """The tab name of the data sheet ``title`` in the current language (Excel allows 31 characters)."""
    return t(SHEET_TITLES[title])[:31] if title in SHEET_TITLES else title


def t(text: str, *args: object) -> str:
    """A report word in the installed language, with its values filled in."""
    out = translate("report", text)
    return out.format(*args) if args else out


def counted(text: str, n: int) -> str:
    """A counted report word (``%Ln``: the count with the locale's digit grouping) for ``n``."""
    return plural("report", text, n)
