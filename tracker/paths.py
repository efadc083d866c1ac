"""Where the default database lives (the platform's per-user data folder) and the log (its log folder)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "OnboardingTracker"
DB_NAME = "tracker.db"
# The demo is a file of its own, named so nobody mistakes it for their data; it never goes
# into the user's database.
DEMO_DB_NAME = "Onboarding Tracker demo.db"
LOG_NAME = "tracker.log"


def data_dir() -> Path:
    override = os.environ.get("ONBOARDING_TRACKER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_NAME


def is_demo_path(path: Path) -> bool:
    """Whether ``path`` is the demo file (of this data folder)."""
    return Path(path).expanduser().absolute() == demo_db_path().expanduser().absolute()


def temp_dir() -> Path:
    """The app's own temporary folder (in its data folder): an export's or a read's scratch files
    go here, not into the system's temp folder, so what a killed run left is found and removed
    at the next start (:func:`tracker.temp_files.clean_leftovers`)."""
    return data_dir() / "tmp"


def log_dir() -> Path:
    """The platform's per-user log folder (~/.local/state/.../log, ~/Library/Logs/...,
    %LOCALAPPDATA%\\...\\Logs); under ONBOARDING_TRACKER_HOME, its ``logs`` folder."""
    override = os.environ.get("ONBOARDING_TRACKER_HOME")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME
