"""Domain services: every edit a user can make, reachable without a display.

Each write runs in one transaction, records what changed in the change log, and
returns a :class:`tracker.changes.ChangeSet`.
"""
