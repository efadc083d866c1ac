"""The message templates as a table: name, purpose and language (rows from tracker.queries)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from tracker.messages import MessageTemplate, purpose_label
from ui.models.base import RowTableModel
from ui.models.roles import ID_ROLE

LANGUAGES = {"en": "English", "ms": "Bahasa Melayu"}  # each named in its own language


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateModel", text)


class TemplateModel(RowTableModel[MessageTemplate]):
    NAME, PURPOSE, LANGUAGE = range(3)

    def headers(self) -> Sequence[str]:
        return [tr("Template"), tr("Used for"), tr("Language")]

    def cell(self, row: MessageTemplate, index: int, column: int, role: int, /) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.PURPOSE:
                return purpose_label(row.purpose)
            return LANGUAGES.get(row.language, row.language)
        if role == ID_ROLE:
            return row.id
        return None

    def row_of_id(self, template_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == template_id:
                return i
        return None
