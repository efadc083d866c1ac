"""Numbered schema steps: ``NNNN_name.sql`` scripts and ``NNNN_name.py`` modules with
``migrate(conn)``; :mod:`tracker.storage.migrate` finds and applies them."""
