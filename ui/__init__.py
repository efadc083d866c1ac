"""The PySide6 desktop application built on :mod:`tracker`."""

# First, before the app's own modules load: PySide6's import hook reads the source of every
# module imported after it; ui.import_check makes that read cheap (see there).
import PySide6.QtCore  # noqa: F401  (the hook is in place once QtCore is imported)

from ui import import_check

import_check.install()
