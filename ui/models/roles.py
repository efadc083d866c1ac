"""Every custom item-data role, in one place, so no two models hand out the same number
for different meanings and a view can ask any model for its row, id or sort key."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)

ROW_ROLE = _BASE + 1  # the row object itself
ID_ROLE = _BASE + 2  # the row's id (account, task, ...)
SORT_ROLE = _BASE + 3  # the raw value the column sorts on
FIELD_ROLE = _BASE + 4  # import mapping: the target field key of a column
FACTOR_ROLE = _BASE + 5  # health factor rows: the factor key
STAGE_ROLE = _BASE + 6  # checklist tree: the stage name on group rows
LATE_ROLE = _BASE + 7  # checklist tree: days late (0 when not late)
KEY_ROLE = _BASE + 8  # KPI table: the KPI key
