"""Where the default database lives: the platform's per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "OnboardingTracker"
DB_NAME = "tracker.db"


def data_dir() -> Path:
    override = os.environ.get("ONBOARDING_TRACKER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_NAME
