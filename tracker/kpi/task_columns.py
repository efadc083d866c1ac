"""The per-(account, status) task aggregates and the per-account contact aggregates that
health folds into its factors.

Kept apart from :mod:`tracker.kpi.health` (NumPy) so the account list, which reads the
same rows for its own columns in the same passes, can name them without importing the KPI
engine at start-up.
"""

from __future__ import annotations

# Count, due before ``:d``, due by ``:d``, done after ``:d``, due before and done after
# ``:d``. ``count(*) FILTER`` skips the aggregate step for rows that do not match, which
# measured faster than ``sum(<comparison>)``; it is 0, never NULL, over no matching row.
TASK_STATUS_COLUMNS = ("count(*), count(*) FILTER (WHERE due_date < :d),"
                       " count(*) FILTER (WHERE due_date <= :d),"
                       " count(*) FILTER (WHERE done_date > :d),"
                       " count(*) FILTER (WHERE due_date < :d AND done_date > :d)")

# Contacts invited by ``:d`` (an activation without an invitation date counts as one) and
# activated by ``:d``: the activation factor and, summed, the activation rate.
CONTACT_COUNT_COLUMNS = ("count(*) FILTER (WHERE invited_date <= :d"
                         " OR (invited_date IS NULL AND activated_date <= :d)),"
                         " count(*) FILTER (WHERE activated_date <= :d)")
