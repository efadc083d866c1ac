"""The PySide6 desktop application built on :mod:`tracker`."""
