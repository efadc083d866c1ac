"""The per-(account, status) task aggregates health folds into per-account counts.

Kept apart from :mod:`tracker.kpi.health` (NumPy) so the account list, which reads the
same rows for its own columns, can name them without importing the KPI engine at start-up.
"""

from __future__ import annotations

# Count, due before ``:d``, due by ``:d``, done after ``:d``, due before and done after
# ``:d``. ``count(*) FILTER`` skips the aggregate step for rows that do not match, which
# measured faster than ``sum(<comparison>)``; it is 0, never NULL, over no matching row.
TASK_STATUS_COLUMNS = ("count(*), count(*) FILTER (WHERE due_date < :d),"
                       " count(*) FILTER (WHERE due_date <= :d),"
                       " count(*) FILTER (WHERE done_date > :d),"
                       " count(*) FILTER (WHERE due_date < :d AND done_date > :d)")
