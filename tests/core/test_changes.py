"""ChangeSet: joining two keeps every account of both; everything() means all accounts."""

from __future__ import annotations

from tracker.changes import ChangeSet


def test_union_keeps_every_account() -> None:
    a = ChangeSet(tasks=True, account_ids=frozenset({1}))
    b = ChangeSet(accounts=True, account_ids=frozenset({2}))
    both = a | b
    assert both == ChangeSet(tasks=True, accounts=True, account_ids=frozenset({1, 2}))
    assert both.touches(1) and both.touches(2) and not both.touches(3)


def test_everything_joined_with_one_account_still_names_that_account() -> None:
    """The old single ``account_id`` became None here and the new account was lost."""
    change = ChangeSet.everything() | ChangeSet(account_ids=frozenset({7}))
    assert change.all_accounts and 7 in change.account_ids
    assert change.touches(7) and change.touches(8)


def test_for_accounts_adds_ids_and_keeps_flags() -> None:
    base = ChangeSet(milestones=True, kpis=True)
    named = base.for_accounts(3, 4)
    assert named == ChangeSet(milestones=True, kpis=True, account_ids=frozenset({3, 4}))
    assert base.account_ids == frozenset(), "the original is unchanged"


def test_empty_changes_nothing() -> None:
    assert not ChangeSet().touches(1)
    assert ChangeSet() | ChangeSet() == ChangeSet()


def test_every_account_row_is_one_rule_for_the_account_list_today_and_accounts() -> None:
    assert not ChangeSet(tasks=True, account_ids=frozenset({1})).every_account_row
    assert ChangeSet(tasks=True, all_accounts=True).every_account_row
    assert ChangeSet(segments=True, account_ids=frozenset({1})).every_account_row
    assert ChangeSet(playbooks=True, segments=True).every_account_row
    assert ChangeSet(playbooks=True).every_account_row
