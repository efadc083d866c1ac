"""Onboarding Tracker core: domain, storage, KPIs, analytics, Excel I/O and CLI.

This package never imports Qt; the desktop application in ``ui`` is built on top of it.
"""

__version__ = "0.1.0"
