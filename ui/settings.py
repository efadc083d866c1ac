"""Window state kept between sessions (QSettings), never domain settings.

Geometry, splitters, column widths, the last view, recent files, the palette choice and the
preferences that only change the look (language, date display, week start). Preferences
that change numbers (currency, risk thresholds) live in the database instead.
Tests hand in an INI file in a temporary folder so the user's real settings stay untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

MAX_RECENT = 8
PALETTES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "ms")
DATE_STYLES = ("iso", "locale")
WEEK_STARTS = ("system", "monday", "sunday", "saturday")


class AppSettings:
    """Typed access to the few keys the shell remembers."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    @classmethod
    def at(cls, path: Path) -> AppSettings:
        """Settings in an INI file of their own (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.qsettings.sync()

    # -- raw bytes of Qt's own save/restore --------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/state", value)

    def save_splitter(self, name: str, splitter: QSplitter) -> None:
        self.qsettings.setValue(f"splitters/{name}", splitter.saveState())

    def restore_splitter(self, name: str, splitter: QSplitter) -> bool:
        state = self._bytes(f"splitters/{name}")
        return state is not None and splitter.restoreState(state)

    def save_header(self, name: str, header: QHeaderView) -> None:
        """Column widths and order of one table (the sort order is the model's business)."""
        self.qsettings.setValue(f"columns/{name}", header.saveState())

    def restore_header(self, name: str, header: QHeaderView) -> bool:
        state = self._bytes(f"columns/{name}")
        return state is not None and header.restoreState(state)

    # -- plain values -------------------------------------------------------------------
    def last_view(self) -> str | None:
        value = self.qsettings.value("window/last_view")
        return str(value) if value else None

    def set_last_view(self, key: str) -> None:
        self.qsettings.setValue("window/last_view", key)

    def today_owner(self) -> str | None:
        """Whose work Today shows (None: everyone's)."""
        value = self.qsettings.value("today/owner")
        return str(value) if value else None

    def set_today_owner(self, owner: str | None) -> None:
        self.qsettings.setValue("today/owner", owner or "")

    def today_grouped(self) -> bool:
        return str(self.qsettings.value("today/group_by_account", "false")).lower() == "true"

    def set_today_grouped(self, on: bool) -> None:
        self.qsettings.setValue("today/group_by_account", "true" if on else "false")

    def palette(self) -> str:
        value = str(self.qsettings.value("appearance/palette", "system"))
        return value if value in PALETTES else "system"

    def set_palette(self, value: str) -> None:
        if value not in PALETTES:
            raise ValueError(value)
        self.qsettings.setValue("appearance/palette", value)

    def _choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = str(self.qsettings.value(key, choices[0]))
        return value if value in choices else choices[0]

    def _set_choice(self, key: str, choices: tuple[str, ...], value: str) -> None:
        if value not in choices:
            raise ValueError(value)
        self.qsettings.setValue(key, value)

    def language(self) -> str:
        """'system', 'en' or 'ms'; read once at start (a change needs a restart)."""
        return self._choice("appearance/language", LANGUAGES)

    def set_language(self, value: str) -> None:
        self._set_choice("appearance/language", LANGUAGES, value)

    def date_style(self) -> str:
        """'iso' (2026-03-04) or 'locale' (the system's short date)."""
        return self._choice("appearance/date_style", DATE_STYLES)

    def set_date_style(self, value: str) -> None:
        self._set_choice("appearance/date_style", DATE_STYLES, value)

    def week_start(self) -> str:
        return self._choice("appearance/week_start", WEEK_STARTS)

    def set_week_start(self, value: str) -> None:
        self._set_choice("appearance/week_start", WEEK_STARTS, value)

    def _path(self, key: str) -> Path | None:
        value = self.qsettings.value(key)
        return Path(str(value)) if value else None

    def last_database(self) -> Path | None:
        """The database open when the app last ran (the demo too): it opens again at start."""
        return self._path("files/last_database")

    def set_last_database(self, path: Path) -> None:
        self.qsettings.setValue("files/last_database", str(path))

    def user_database(self) -> Path | None:
        """The user's own database last used: where "Leave the demo" goes back to."""
        return self._path("files/user_database")

    def set_user_database(self, path: Path) -> None:
        self.qsettings.setValue("files/user_database", str(path))

    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(str(v)) for v in value if v]

    def add_recent_file(self, path: Path) -> list[Path]:
        """Put ``path`` first, drop duplicates, keep the newest few."""
        path = path.resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        files = files[:MAX_RECENT]
        self.qsettings.setValue("files/recent", [str(p) for p in files])
        return files

    def clear_recent_files(self) -> None:
        self.qsettings.setValue("files/recent", [])
