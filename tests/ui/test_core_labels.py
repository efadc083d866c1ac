"""The core's words for codes (tracker/labels.py) are the app's (ui/models/labels.py), word for word."""

from __future__ import annotations

import pytest

from tracker import labels as core

pytest.importorskip("PySide6")


def test_core_labels_match_the_app_labels() -> None:
    from ui.models import labels as app

    for code in core.STATUS:
        assert core.label("status", code) == app.status(code)
    for code in core.BAND:
        assert core.label("band", code) == app.band(code)
    for code in core.REASON:
        assert core.label("reason", code) == app.reason(code)
    for code in core.ROLE:
        assert core.label("role", code) == app.contact_role(code)
    for code in core.FEEDBACK_KIND:
        assert core.label("feedback_kind", code) == app.feedback_kind(code)
    for code in core.MILESTONE_KIND:
        assert core.label("milestone_kind", code) == app.milestone_kind(code)
    for code in core.STAGE:
        assert core.label("stage", code) == app.stage(code)
    assert core.label("status", None) == "" and core.label("status", "new_code") == "new_code"
