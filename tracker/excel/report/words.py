"""The report's own words: sheet, section and column titles, legends, directions.

Each is marked for translation in the "report" context and rendered when the workbook is
written, in the language installed then (the app's, or the CLI's catalog). The data sheets'
column titles are the importer's field labels and stay as they are, so a report edited in
Excel still imports back.
"""

from __future__ import annotations

from tracker.i18n import QT_TRANSLATE_NOOP, translate

N = QT_TRANSLATE_NOOP

REPORT = N("report", "Onboarding report")
SUMMARY = N("report", "Summary")
AS_OF = N("report", "As of")
SCOPE = N("report", "Accounts")
ALL_ACCOUNTS = N("report", "all accounts")
IN_SCOPE = N("report", "{0} accounts in scope")
PAGE, OF = N("report", "Page"), N("report", "of")
EMPTY = N("report", "No accounts match this filter on this day: there is nothing to report. "
                    "Widen the filter or choose a later as-of date.")

HEADLINE = N("report", "How onboarding stands")
ONBOARDING_NOW = N("report", "Onboarding now")
WENT_LIVE = N("report", "Went live in the last {0} days")
AT_RISK = N("report", "At risk")
OVERDUE_MILESTONES = N("report", "Overdue milestones")
TTFV_MEDIAN = N("report", "Median time to first value")
DAYS = N("report", "{0} days")
NOT_REACHED = N("report", "not reached yet")

KPI_HEADERS = (N("report", "KPI"), N("report", "Value"), N("report", "Previous period"),
               N("report", "Change"), N("report", "Target"), N("report", "Status"),
               N("report", "How it is computed"), N("report", "Detail"))
GROUPS = {"adoption": N("report", "Adoption"), "speed": N("report", "Speed"),
          "quality": N("report", "Quality"), "satisfaction": N("report", "Satisfaction"),
          "retention": N("report", "Retention"), "value": N("report", "Value")}
BETTER, WORSE, SAME, NO_COMPARISON = (N("report", "better"), N("report", "worse"), N("report", "same"),
                                      N("report", "no comparison"))
NO_VALUE = N("report", "n/a")
PREVIOUS_NOTE = N("report", "Previous period: the same KPIs as of {0}. Change: \u25b2 up, \u25bc down, "
                            "or the same; better or worse for the business. Target and Status fill in "
                            "once goals are set.")

AT_RISK_TITLE = N("report", "At-risk accounts")
AT_RISK_LEGEND = N("report", "Every account the app shows as at risk (Today and Accounts): health red, "
                             "tasks off track (over 60 % of due tasks overdue) or no first value after "
                             "90 days. Most reasons first, then lowest health.")
AT_RISK_HEADERS = (N("report", "Account"), N("report", "Owner"), N("report", "Stage"),
                   N("report", "Health"), N("report", "Days since last activity"),
                   N("report", "Next due"), N("report", "Reasons"), N("report", "Next due item"))
NONE_AT_RISK = N("report", "No account is at risk.")

OWNERS_TITLE = N("report", "Per owner")
SEGMENTS_TITLE = N("report", "Per segment")
GROUP_HEADERS = (N("report", "Accounts"), N("report", "On-time go-live"),
                 N("report", "Go-lives judged"), N("report", "Median time to first value"),
                 N("report", "At risk"), N("report", "NPS"))
OWNER, SEGMENT = N("report", "Owner"), N("report", "Segment")

STAGES_TITLE = N("report", "Where accounts are now")
STAGE_HEADERS = (N("report", "Stage"), N("report", "Accounts now"), N("report", "Median days in stage"))
STAGES_LEGEND = N("report", "Accounts not churned, by their current stage; median days of every stay in "
                            "the stage so far (a stay still going counts up to the as-of date).")
UPCOMING_TITLE = N("report", "Go-lives due in the next {0} days")
UPCOMING_HEADERS = (N("report", "Account"), N("report", "Owner"), N("report", "Stage"),
                    N("report", "Target go-live"), N("report", "Days left"))
NONE_UPCOMING = N("report", "No go-live is due in the next {0} days.")
OVERDUE_TITLE = N("report", "Overdue milestones")
OVERDUE_HEADERS = (N("report", "Account"), N("report", "Owner"), N("report", "Stage"),
                   N("report", "Target"), N("report", "Days late"), N("report", "Milestone"))
NONE_OVERDUE = N("report", "No milestone is overdue.")
MONTHS_TITLE = N("report", "Go-lives per month")
MONTH_HEADERS = (N("report", "Month"), N("report", "Go-lives"), N("report", "On time"),
                 N("report", "On-time go-live"), N("report", "CSAT responses"), N("report", "CSAT"))
MONTHS_LEGEND = N("report", "Accounts that went live in each month and the share on or before target; "
                            "a month without go-lives has no rate (a gap in the chart, not 0 %).")

CHART_STAGES = N("report", "Accounts per stage now")
CHART_ON_TIME = N("report", "On-time go-live rate per month (bars: go-lives)")
CHART_CSAT = N("report", "CSAT per month")
CHART_HEALTH = N("report", "Account health")
HEALTH_HEADERS = (N("report", "Health band"), N("report", "Accounts"))

LEGEND_ACCOUNTS = N("report", "Red rows: at risk, as in the app (health red, tasks off track or no first "
                              "value after 90 days). Orange rows: overdue tasks (never for churned "
                              "accounts).")
LEGEND_TASKS = N("report", "Orange rows: open tasks past their due date (Days late); churned accounts' "
                           "open tasks are abandoned, not late.")
LEGEND_MILESTONES = N("report", "Orange rows: overdue milestones. Days late: past the target, or how late "
                                "a milestone was achieved.")
LEGEND_FEEDBACK = N("report", "Red rows: CSAT 1-2 or NPS detractors (0-6).")
LEGEND_COHORTS = N("report", "Share of each signing-month cohort still retained after m months "
                             "(green: high, red: low).")
LEGENDS = {"Accounts": LEGEND_ACCOUNTS, "Checklist tasks": LEGEND_TASKS, "Milestones": LEGEND_MILESTONES,
           "Feedback": LEGEND_FEEDBACK, "Cohort retention": LEGEND_COHORTS}


def t(text: str, *args: object) -> str:
    """A report word in the installed language, with its values filled in."""
    out = translate("report", text)
    return out.format(*args) if args else out
