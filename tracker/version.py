"""The version every surface shows (CLI ``--version``, the app's ``--version`` and About).

It comes from the installed package's metadata, so a build cannot show one number in About
and another in ``pip show``; ``tracker.__version__`` (which pyproject.toml reads at build
time) is the fallback for a source tree that was never installed.
"""

from __future__ import annotations

from importlib import metadata

from tracker import __version__

DISTRIBUTION = "onboarding-tracker"


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__
