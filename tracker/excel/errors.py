"""Errors of Excel import and export: one clear sentence for the user, a stable code for the UI."""

from __future__ import annotations

from tracker.i18n import QT_TRANSLATE_NOOP, words


def said(template: str, *args: object) -> str:
    """An import or export sentence in the installed language (``template`` marked in "excel")."""
    return words("excel", template, *args)


NO_FILE = QT_TRANSLATE_NOOP("excel", "There is no file at {0}.")
SHEET_EMPTY = QT_TRANSLATE_NOOP("excel", "Sheet '{0}' is empty.")


class ExcelError(Exception):
    """A problem with a workbook the user must be told about (``message`` is one sentence)."""

    def __init__(self, message: str, code: str = "excel") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class ImportCancelled(ExcelError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP("excel", "The import was cancelled; nothing was changed.")),
                         "cancelled")


class ExportCancelled(ExcelError):
    """The user cancelled; the previous file, if any, is untouched."""

    def __init__(self) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP("excel", "The export was cancelled; no file was written.")),
                         "cancelled")
