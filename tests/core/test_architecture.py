"""The core must stay free of Qt so it runs (and is tested) without a display."""

import subprocess
import sys


def test_tracker_never_loads_qt() -> None:
    probe = (
        "import sys, pkgutil, importlib, tracker\n"
        "for m in pkgutil.walk_packages(tracker.__path__, 'tracker.'):\n"
        "    if m.name != 'tracker.__main__': importlib.import_module(m.name)\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
