"""Demo goals, support cases, trials and maturity levels (issue 19), so they look alive.

Called once by the demo builder after the accounts exist. It draws from its own random
generator, so the rest of the demo (and every number tests expect of it) stays the same.

- Support cases: about one every four months for an account doing well, three times as
  many for one at risk (past 60 days without first value, or heading to churn); most close
  within days, the recent ones are often still open.
- Trials: a fifth of the older accounts and most of those signed in the last 150 days
  began with a 30-day trial (some freemium, no end) from their signed date; most
  converted, the ones that churned early did not, and the newest are still running.
- Maturity: Getting started a week after signing, Basic use at first value, Established a
  month after go-live, Advanced and Champion for some long-live accounts. Playbooks for new
  products and new divisions are tied to Advanced and Champion.
- Goals: a few on the portfolio, a segment and an owner; some met, some behind.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import numpy as np

from tracker.database import Database
from tracker.domain_signals import CASE_SEVERITIES
from tracker.kpi.goals import kpi_value, reached
from tracker.services.goals import create_goal

TOPICS = ("Login and SSO", "Data import", "Billing", "Integrations", "Reporting", "Permissions",
          "Performance", "How-to question")
SUBJECTS = ("Users cannot sign in", "CSV upload fails", "Invoice shows the wrong plan",
            "Webhook stopped firing", "Dashboard numbers look off", "Admin cannot add a role",
            "Pages load slowly", "How do I export a report?")


def add_demo_signals(db: Database, today: date, seed: int) -> None:
    """Fill the signals for every demo account (inside the demo's transaction)."""
    rng = np.random.default_rng(seed + 19)
    conn = db.conn
    rows = conn.execute(
        "SELECT id, julianday(signed_date), julianday(first_value_date), julianday(golive_date),"
        " julianday(churned_date) FROM account ORDER BY id").fetchall()
    if not rows:
        return
    m = np.array(rows, dtype=float)
    t0 = float(today.toordinal() + 1721424.5)
    _cases(conn, rng, m, t0)
    _trials(conn, rng, m, t0)
    _maturity(conn, rng, m, t0)
    _goals(db, today)


def _iso(julian: float) -> str:
    return date.fromordinal(round(julian - 1721424.5)).isoformat()


def _cases(conn: sqlite3.Connection, rng: np.random.Generator, m: np.ndarray, t0: float) -> None:
    ids, signed, fv, churn = m[:, 0], m[:, 1], m[:, 2], m[:, 4]
    end = np.where(np.isnan(churn), t0, churn)
    with np.errstate(invalid="ignore"):
        at_risk = (np.isnan(fv) & (end - signed > 60)) | ~np.isnan(churn)
    rate = np.where(at_risk, 0.75, 0.25) / 30.0  # cases a day
    counts = rng.poisson(rate * np.maximum(end - signed, 0))
    out = []
    number = 40000
    weights = np.array([0.3, 0.45, 0.2, 0.05])
    for i in np.flatnonzero(counts):
        for _ in range(int(counts[i])):
            opened = signed[i] + float(rng.integers(0, max(1, int(end[i] - signed[i]))))
            days = float(np.ceil(rng.exponential(6.0 if not at_risk[i] else 12.0)))
            closed = opened + days
            still_open = closed > t0 or (not np.isnan(churn[i]) and closed > churn[i] and
                                         rng.random() < 0.5)
            topic = int(rng.integers(0, len(TOPICS)))
            severity = CASE_SEVERITIES[int(rng.choice(4, p=weights))]
            number += 1
            out.append((int(ids[i]), f"HD-{number}", SUBJECTS[topic], TOPICS[topic], severity,
                        _iso(opened), None if still_open else _iso(min(closed, t0))))
    # An account at risk that is still here often has a case or two open right now.
    with np.errstate(invalid="ignore"):
        roll = rng.random(len(m))
        current = np.flatnonzero(np.isnan(churn) & ((at_risk & (roll < 0.6)) | (roll < 0.15)))
    for i in current:
        for _ in range(int(rng.integers(1, 3))):
            topic = int(rng.integers(0, len(TOPICS)))
            number += 1
            out.append((int(ids[i]), f"HD-{number}", SUBJECTS[topic], TOPICS[topic],
                        CASE_SEVERITIES[int(rng.integers(1, 4))],
                        _iso(t0 - float(rng.integers(1, 21))), None))
    conn.executemany("INSERT INTO support_case (account_id, external_id, subject, topic, severity,"
                     " opened_date, closed_date) VALUES (?, ?, ?, ?, ?, ?, ?)", out)


def _trials(conn: sqlite3.Connection, rng: np.random.Generator, m: np.ndarray, t0: float) -> None:
    out = []
    # Self-serve sign-ups grew lately: recent accounts began as trials more often.
    share = np.where(t0 - m[:, 1] < 150, 0.7, 0.2)
    for i in np.flatnonzero(rng.random(len(m)) < share):
        account, signed, churn = int(m[i, 0]), m[i, 1], m[i, 4]
        if np.isnan(signed):
            continue
        freemium = rng.random() < 0.2
        length = 30.0
        end = None if freemium else signed + length
        early_churn = not np.isnan(churn) and churn - signed < 75
        decided = signed + float(rng.integers(5, 40))
        converted = None
        if not early_churn and decided <= t0 and rng.random() < 0.8:
            converted = _iso(decided)
        out.append((account, "freemium" if freemium else "trial", _iso(signed),
                    None if end is None else _iso(end), converted))
    conn.executemany("INSERT INTO trial (account_id, kind, start_date, end_date, converted_date)"
                     " VALUES (?, ?, ?, ?, ?)", out)


def _maturity(conn: sqlite3.Connection, rng: np.random.Generator, m: np.ndarray, t0: float) -> None:
    levels = [int(r[0]) for r in conn.execute("SELECT id FROM maturity_level ORDER BY position")]
    if len(levels) < 5:
        return
    out = []
    for account, signed, fv, golive, churn in m.tolist():
        if signed != signed:
            continue
        last = churn if churn == churn else t0
        reached_days = [signed + 7]
        if fv == fv:
            reached_days.append(fv)
            if golive == golive:
                reached_days.append(max(golive + 30, fv + 1))
                if rng.random() < 0.55:
                    reached_days.append(golive + 120 + float(rng.integers(0, 60)))
                    if rng.random() < 0.35:
                        reached_days.append(golive + 250 + float(rng.integers(0, 90)))
        for level, day in zip(levels, reached_days, strict=False):
            if day <= last:
                out.append((int(account), level, _iso(day)))
    conn.executemany("INSERT INTO maturity_step (account_id, level_id, reached_date) VALUES (?, ?, ?)",
                     out)
    for kind, level in (("new_product", levels[3]), ("new_division", levels[4])):
        found = conn.execute("SELECT id FROM playbook WHERE kind = ? ORDER BY builtin DESC, id"
                             " LIMIT 1", (kind,)).fetchone()
        if found:
            conn.execute("INSERT OR IGNORE INTO playbook_level (playbook_id, level_id) VALUES (?, ?)",
                         (int(found[0]), level))


def _goals(db: Database, today: date) -> None:
    def ago(days: int) -> date:
        return today - timedelta(days=days)

    business = db.conn.execute("SELECT id FROM segment WHERE name = 'Business'").fetchone()
    owner = db.conn.execute("SELECT owner FROM account WHERE owner <> '' GROUP BY owner"
                            " ORDER BY count(*) DESC, owner LIMIT 1").fetchone()
    specs: list[dict[str, object]] = [
        {"name": "Activate 92 % of invited users", "kpi": "activation", "target": 92,
         "start_date": ago(120), "deadline": today + timedelta(days=60)},
        {"name": "Median time to first value under 45 days", "kpi": "ttfv_median", "target": 45,
         "start_date": ago(150), "deadline": today + timedelta(days=30)},
        {"name": "Overdue tasks under 2.5 %", "kpi": "task_overdue", "target": 2.5,
         "start_date": ago(90), "deadline": today + timedelta(days=90)},
        {"name": "Convert 60 % of trials", "kpi": "trial_conversion", "target": 60,
         "start_date": ago(300), "deadline": ago(120), "close": True},
        {"name": "CSAT at 85 %", "kpi": "csat", "target": 85,
         "start_date": ago(270), "deadline": ago(60), "close": True},
    ]
    if business:
        specs.append({"name": "NPS +60 for Business", "kpi": "nps", "target": 60,
                      "scope_kind": "segment", "scope_value": str(business[0]),
                      "start_date": ago(100), "deadline": today + timedelta(days=80)})
    if owner:
        specs.append({"name": f"Checklist at 95 % for {owner[0]}", "kpi": "checklist_progress",
                      "target": 95,
                      "scope_kind": "owner", "scope_value": str(owner[0]),
                      "start_date": ago(60), "deadline": today + timedelta(days=120)})
    for spec in specs:
        close = bool(spec.pop("close", False))
        goal_id = create_goal(db, spec).value
        if close:
            deadline = spec["deadline"]
            assert isinstance(deadline, date)
            value = kpi_value(db, str(spec["kpi"]), deadline, "portfolio", "")
            direction = "down" if spec["kpi"] in ("ttfv_median", "task_overdue", "churn") else "up"
            outcome = "met" if reached(value, float(str(spec["target"])), direction) else "missed"
            db.conn.execute("UPDATE goal SET closed_date = ?, outcome = ?, final_value = ?"
                            " WHERE id = ?", (deadline.isoformat(), outcome, value, goal_id))
