"""The row classes load on first use (issue 21 item 1): ``tracker.domain`` and
``tracker.domain_signals`` still export every row, but importing them defines no dataclass."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import tracker.domain as domain
import tracker.domain_signals as signals

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_vocabularies_loads_no_rows() -> None:
    probe = ("import sys, tracker.domain, tracker.domain_signals, tracker.validation\n"
             "print(' '.join(m for m in ('tracker.domain_rows', 'tracker.domain_signal_rows')"
             " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=ROOT, timeout=60)
    assert out.stdout.split() == []


def test_every_row_is_the_same_frozen_class_by_either_path() -> None:
    from tracker import domain_rows, domain_signal_rows
    from tracker.domain import Account, Task
    from tracker.domain_signals import Goal

    assert Account is domain_rows.Account and Task is domain.Task and Goal is domain_signal_rows.Goal
    for module, rows in ((domain, domain_rows), (signals, domain_signal_rows)):
        defined = {name for name, value in vars(rows).items()
                   if isinstance(value, type) and dataclasses.is_dataclass(value)}
        assert defined == set(module._ROWS)
        for name in defined:
            cls = getattr(module, name)
            assert cls.__dataclass_params__.frozen


def test_a_name_that_is_not_a_row_is_still_an_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Acount'"):
        _ = domain.Acount
    with pytest.raises(ImportError):
        from tracker.domain_signals import Gaol  # noqa: F401
