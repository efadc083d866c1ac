"""The maturity ladder edited through tracker.services.maturity, each write undoable."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from tests.core.test_kpi_builders import add_account
from tracker.domain import ValidationError
from tracker.queries.signals import ladder, playbook_levels
from tracker.services import maturity
from tracker.services.playbooks import list_playbooks
from tracker.services.signals import record_level, tie_playbook

DEFAULT = ["Getting started", "Basic use", "Established", "Advanced", "Champion"]


def names(db: Database) -> list[str]:
    return [lv.name for lv in ladder(db)]


def test_add_rename_describe_a_level(db: Database) -> None:
    assert names(db) == DEFAULT
    added = maturity.add_level(db, "  Evangelist ", "Speaks at our conference\nWrites case studies")
    assert added.change.maturity and added.change.kpis
    top = ladder(db)[-1]
    assert (top.id, top.position, top.name) == (added.value, 6, "Evangelist")
    assert top.use_cases == "Speaks at our conference\nWrites case studies"
    edited = maturity.edit_level(db, top.id, {"name": "Advocate", "use_cases": "Refers customers"})
    assert edited.value == {"name": "Evangelist", "use_cases": top.use_cases}
    assert names(db)[-1] == "Advocate"
    maturity.edit_level(db, top.id, edited.value)  # what undo does
    assert ladder(db)[-1] == top


def test_a_name_is_unique_whatever_its_case(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        maturity.add_level(db, "basic USE")
    assert err.value.code == "duplicate"
    first = ladder(db)[0]
    with pytest.raises(ValidationError):
        maturity.edit_level(db, first.id, {"name": "Champion"})
    maturity.edit_level(db, first.id, {"name": "getting Started"})  # its own name, recased
    assert ladder(db)[0].name == "getting Started"


def test_reorder_and_undo_the_order(db: Database) -> None:
    ids = [lv.id for lv in ladder(db)]
    moved = maturity.move_level(db, ids[4], -2)  # Champion two places down
    assert moved.value == ids
    assert names(db) == ["Getting started", "Basic use", "Champion", "Established", "Advanced"]
    assert [lv.position for lv in ladder(db)] == [1, 2, 3, 4, 5]
    maturity.move_level(db, ids[0], -5)  # already at the bottom: stays
    assert names(db)[0] == "Getting started"
    maturity.set_order(db, moved.value)
    assert names(db) == DEFAULT
    with pytest.raises(ValidationError):
        maturity.set_order(db, ids[:3])


def test_remove_unties_its_playbooks_and_undo_ties_them_again(db: Database) -> None:
    level = ladder(db)[3]
    playbook = list_playbooks(db)[0]
    tie_playbook(db, playbook.id, level.id)
    removed = maturity.remove_level(db, level.id)
    assert removed.value.playbook_ids == (playbook.id,)
    assert level.name not in names(db) and playbook.id not in playbook_levels(db)
    assert [lv.position for lv in ladder(db)] == [1, 2, 3, 4]
    maturity.restore_level(db, removed.value)
    assert ladder(db)[3] == level and playbook_levels(db)[playbook.id] == level.id


def test_a_level_reached_cannot_be_removed(db: Database) -> None:
    account = add_account(db, name="Acme")
    level = ladder(db)[0]
    record_level(db, account, level.id, date(2026, 5, 1))
    with pytest.raises(ValidationError) as err:
        maturity.remove_level(db, level.id)
    assert err.value.code == "in_use"
    assert err.value.message == ("This level has been reached by 1 account or contact; "
                                 "it cannot be removed."), "one account is counted in the singular"
