"""Playbooks: create, update, duplicate naming, steps, delete/restore, built-in seeding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.builtin_playbooks import BUILTIN, DELTA, INITIAL
from tracker.database import Database
from tracker.domain import STAGES, PlaybookId, ValidationError
from tracker.services.accounts import create_account
from tracker.services.journeys import apply_playbook, list_journeys
from tracker.services.playbooks import (
    add_step,
    create_playbook,
    delete_playbook,
    delete_step,
    duplicate_playbook,
    get_playbook,
    list_playbooks,
    list_steps,
    restore_playbook,
    restore_step,
    seed_builtin_playbooks,
    update_playbook,
    update_step,
)
from tracker.services.records import SEGMENTS
from tracker.workspace import open_workspace


def _by_name(db: Database, name: str) -> PlaybookId:
    return PlaybookId(db.conn.execute("SELECT id FROM playbook WHERE name = ?", (name,)).fetchone()[0])


def test_builtin_playbooks_are_seeded(db: Database) -> None:
    names = {p.name: p for p in list_playbooks(db)}
    assert set(names) == {"Initial onboarding", "Product update (delta)", "New division", "New product"}
    assert all(p.builtin for p in names.values())
    initial = list_steps(db, names["Initial onboarding"].id)
    assert len(initial) == len(INITIAL) == 36
    assert [s.position for s in initial] == list(range(1, 37))
    assert {s.stage for s in initial} == set(STAGES)
    kinds = {s.milestone_kind for s in initial if s.is_milestone}
    assert kinds == {"implementation", "provisioning", "training", "change_management",
                     "first_value", "go_live"}
    assert not any(s.milestone_kind for s in initial if not s.is_milestone)
    assert len(list_steps(db, names["Product update (delta)"].id)) == len(DELTA)


def test_builtin_offsets_never_go_backwards() -> None:
    for name, _kind, _description, steps in BUILTIN:
        offsets = [offset for _t, _s, offset, _r, _m in steps]
        assert offsets == sorted(offsets), name
        stages = [STAGES.index(stage) for _t, stage, _o, _r, _m in steps]
        assert stages == sorted(stages), name


def test_seeding_is_idempotent_and_respects_deletion(db: Database, db_path: Path) -> None:
    assert seed_builtin_playbooks(db) is False
    count = db.conn.execute("SELECT count(*) FROM playbook_step").fetchone()[0]
    delete_playbook(db, _by_name(db, "New division"))
    db.conn.close()
    reopened = open_workspace(db_path)
    try:
        names = {p.name for p in list_playbooks(reopened)}
        assert "New division" not in names and len(names) == 3
        assert reopened.conn.execute("SELECT count(*) FROM playbook_step").fetchone()[0] == count - 9
    finally:
        reopened.conn.close()


def test_seeding_skips_a_name_the_user_already_took(tmp_path: Path) -> None:
    from tracker.storage.db import open_database

    db = open_database(tmp_path / "t.db")
    create_playbook(db, {"name": "New product", "description": "mine"})
    assert seed_builtin_playbooks(db) is True
    mine = get_playbook(db, _by_name(db, "New product"))
    assert (mine.description, mine.builtin) == ("mine", False)
    assert len(list_playbooks(db)) == 4
    db.conn.close()


def test_create_and_update_playbook_with_log(db: Database) -> None:
    pid = create_playbook(db, {"name": " Enterprise ", "description": "Big ones"}).value
    pb = get_playbook(db, pid)
    assert (pb.name, pb.kind, pb.description, pb.builtin) == ("Enterprise", "initial", "Big ones", False)
    assert update_playbook(db, pid, {"name": "Enterprise plus", "kind": "new_product"}).value == {
        "name": "Enterprise", "kind": "initial"}
    log = db.conn.execute(
        "SELECT action, field, old_value, new_value FROM change_log WHERE entity = 'playbook'"
        " ORDER BY id").fetchall()
    assert log == [("create", None, None, None), ("update", "name", "Enterprise", "Enterprise plus"),
                   ("update", "kind", "initial", "new_product")]


@pytest.mark.parametrize("values", [{"name": ""}, {"name": "X", "kind": "upsell"},
                                    {"name": "Initial onboarding"}])
def test_playbook_validation(db: Database, values: dict[str, str]) -> None:
    before = len(list_playbooks(db))
    with pytest.raises(ValidationError):
        create_playbook(db, values)
    assert len(list_playbooks(db)) == before


def test_duplicate_naming_copy_then_copy_2(db: Database) -> None:
    source = _by_name(db, "Product update (delta)")
    first = duplicate_playbook(db, source).value
    second = duplicate_playbook(db, source).value
    third = duplicate_playbook(db, source).value
    assert get_playbook(db, first).name == "Product update (delta) (copy)"
    assert get_playbook(db, second).name == "Product update (delta) (copy 2)"
    assert get_playbook(db, third).name == "Product update (delta) (copy 3)"
    copy = get_playbook(db, first)
    assert (copy.kind, copy.builtin) == ("delta", False)
    strip = [(s.position, s.title, s.stage, s.offset_days, s.owner_role, s.is_milestone,
              s.milestone_kind) for s in list_steps(db, source)]
    assert [(s.position, s.title, s.stage, s.offset_days, s.owner_role, s.is_milestone,
             s.milestone_kind) for s in list_steps(db, first)] == strip
    named = duplicate_playbook(db, source, name="Mine").value
    named_again = duplicate_playbook(db, source, name="Mine").value
    assert (get_playbook(db, named).name, get_playbook(db, named_again).name) == ("Mine", "Mine 2")


def test_steps_add_update_delete_restore(db: Database) -> None:
    pid = create_playbook(db, {"name": "Short"}).value
    s1 = add_step(db, pid, {"title": "Welcome", "offset_days": 1}).value
    s2 = add_step(db, pid, {"title": "Live", "stage": "Review", "offset_days": 30,
                            "is_milestone": True}).value
    steps = list_steps(db, pid)
    assert [(s.id, s.position, s.stage, s.is_milestone, s.milestone_kind) for s in steps] == [
        (s1, 1, "Embark", False, None), (s2, 2, "Review", True, "custom")]
    assert update_step(db, s2, {"milestone_kind": "go_live", "offset_days": 28}).value == {
        "milestone_kind": "custom", "offset_days": 30}
    row = delete_step(db, s1).value
    assert [s.id for s in list_steps(db, pid)] == [s2]
    restore_step(db, row)
    assert [s.id for s in list_steps(db, pid)] == [s1, s2]
    assert list_steps(db, pid)[1].milestone_kind == "go_live"


@pytest.mark.parametrize("values", [
    {"title": ""}, {"title": "T", "stage": "Later"}, {"title": "T", "offset_days": -1},
    {"title": "T", "offset_days": 4000}, {"title": "T", "offset_days": "3"},
    {"title": "T", "offset_days": True}, {"title": "T", "milestone_kind": "party"},
])
def test_step_validation(db: Database, values: dict[str, object]) -> None:
    pid = create_playbook(db, {"name": "Short"}).value
    with pytest.raises(ValidationError):
        add_step(db, pid, values)
    assert list_steps(db, pid) == []


def test_delete_playbook_keeps_journeys_and_restore_relinks(db: Database) -> None:
    pid = _by_name(db, "New product")
    seg = SEGMENTS.create(db, {"name": "Upsell", "playbook_id": pid}).value
    aid = create_account(db, {"name": "Acme"}).value
    jid = apply_playbook(db, aid, pid, date(2026, 1, 30)).value
    steps_before = list_steps(db, pid)
    tasks_before = db.conn.execute("SELECT count(*) FROM task").fetchone()[0]

    snap = delete_playbook(db, pid).value
    assert pid not in {p.id for p in list_playbooks(db)}
    assert list_steps(db, pid) == []
    assert SEGMENTS.get(db, seg).playbook_id is None
    assert list_journeys(db, aid)[0].playbook_id is None
    assert db.conn.execute("SELECT count(*) FROM task").fetchone()[0] == tasks_before

    restore_playbook(db, snap)
    assert get_playbook(db, pid).name == "New product"
    assert list_steps(db, pid) == steps_before
    assert SEGMENTS.get(db, seg).playbook_id == pid
    assert list_journeys(db, aid)[0].id == jid and list_journeys(db, aid)[0].playbook_id == pid
    with pytest.raises(ValidationError):
        delete_playbook(db, 9999)


def test_failure_while_duplicating_leaves_no_half_copy(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.services.playbooks as playbooks
    from tracker.services.base import insert_row as real_insert

    def insert_then_fail(*args: object, **kwargs: object) -> int:
        real_insert(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("crash after the playbook row")

    monkeypatch.setattr(playbooks, "insert_row", insert_then_fail)
    before = len(list_playbooks(db))
    with pytest.raises(RuntimeError):
        duplicate_playbook(db, _by_name(db, "Initial onboarding"))
    assert len(list_playbooks(db)) == before
