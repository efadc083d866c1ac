"""Rows and vocabularies of goals, support cases, trials and customer maturity (schema 3).

Kept beside :mod:`tracker.domain` so that module stays about the onboarding itself. The
rows are defined in :mod:`tracker.domain_signal_rows` and imported from here; that module
loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.lazy_rows import rows_on_first_use

GOAL_DIRECTIONS: tuple[str, ...] = ("up", "down")
GOAL_SCOPES: tuple[str, ...] = ("portfolio", "segment", "owner", "cohort")
GOAL_OUTCOMES: tuple[str, ...] = ("met", "missed")
CASE_SEVERITIES: tuple[str, ...] = ("low", "normal", "high", "urgent")
TRIAL_KINDS: tuple[str, ...] = ("trial", "freemium")
DEFAULT_LADDER: tuple[str, ...] = ("Getting started", "Basic use", "Established", "Advanced",
                                   "Champion")


# The row classes load on first use (PEP 562): the validation layer reads the vocabularies
# above before the app's first paint; the rows wait for a goal, case, trial or maturity read.
if TYPE_CHECKING:
    from tracker.domain_signal_rows import Goal as Goal
    from tracker.domain_signal_rows import MaturityLevel as MaturityLevel
    from tracker.domain_signal_rows import MaturityStep as MaturityStep
    from tracker.domain_signal_rows import SupportCase as SupportCase
    from tracker.domain_signal_rows import Trial as Trial

_ROWS = frozenset(("Goal", "SupportCase", "Trial", "MaturityLevel", "MaturityStep"))

__getattr__ = rows_on_first_use(__name__, "tracker.domain_signal_rows", _ROWS)
