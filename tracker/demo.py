"""A seeded, realistic demo portfolio, from a handful of accounts to 50,000.

Every account gets a hidden "pace" (how fast it moves through the playbook relative to
plan); stages, task completion, milestones, first value, go-live, churn risk, activity
recency and feedback all follow from it, so the KPIs tell a coherent story. Arrays are
built with NumPy and written with executemany in one transaction: the L portfolio
(5,000 accounts, 150,000 tasks) takes a few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from tracker.database import Database
from tracker.demo_records import RecordsBuilder
from tracker.demo_signals import add_demo_signals
from tracker.domain import STAGES
from tracker.services.playbooks import seed_builtin_playbooks
from tracker.storage.db import transaction
from tracker.storage.task_summary import summary_folded_after

SIZES = {"XS": 8, "S": 50, "M": 500, "L": 5000, "XL": 50000}
HISTORY_DAYS = 548  # 18 months of monthly cohorts

INDUSTRIES = ["Healthcare", "Financial services", "Retail", "Manufacturing", "Software",
              "Education", "Logistics", "Public sector", "Media", "Energy"]
REGIONS = ["North America", "Europe", "Asia Pacific", "Latin America", "Middle East"]
OWNERS = ["Aisha Rahman", "Ben Carter", "Chen Wei", "Daniela Costa", "Farid Ismail", "Grace Okafor"]
PREFIXES = ["Acme", "Blue", "Cedar", "Delta", "Ever", "Frontier", "Granite", "Harbor", "Iron",
            "Juniper", "Keystone", "Lumen", "Maple", "North", "Orbit", "Pioneer", "Quartz",
            "River", "Summit", "Tidal", "Union", "Vertex", "Willow", "Zenith", "Atlas", "Beacon",
            "Cobalt", "Dune", "Ember", "Falcon", "Golden", "Helix", "Indigo", "Jade", "Kite",
            "Lotus", "Meridian", "Nova", "Oak", "Prism"]
ROOTS = ["Health", "Capital", "Foods", "Works", "Systems", "Logistics", "Labs", "Energy",
         "Media", "Retail", "Clinics", "Bank", "Motors", "Learning", "Analytics", "Foundry",
         "Pharma", "Freight", "Studios", "Networks", "Insurance", "Robotics", "Textiles",
         "Farms", "Partners"]
SUFFIXES = ["Inc", "Ltd", "GmbH", "Sdn Bhd", "LLC", "Group", "Co", "SA"]
# Day in the playbook at which each stage starts (matches the initial playbook's offsets).
STAGE_START = np.array([0, 5, 10, 22, 60, 95])


@dataclass(frozen=True)
class DemoSummary:
    accounts: int
    contacts: int
    tasks: int
    milestones: int
    feedback: int
    activities: int


def size_to_count(size: str | int) -> int:
    if isinstance(size, int):
        return size
    key = size.upper()
    if key.isdecimal():
        return int(key)
    if key not in SIZES:
        raise ValueError(f"Unknown demo size '{size}'; use one of {', '.join(SIZES)} or a number.")
    return SIZES[key]


def generate_demo(
    db: Database, size: str | int = "S", *, seed: int = 7, today: date | None = None
) -> DemoSummary:
    """Fill ``db`` (normally empty) with a demo portfolio as of ``today``."""
    n = size_to_count(size)
    if n < 1:
        raise ValueError("The demo needs at least one account.")
    today = today or date.today()
    rng = np.random.default_rng(seed)
    seed_builtin_playbooks(db)
    with transaction(db):
        if db.conn.execute("SELECT count(*) FROM account").fetchone()[0]:
            raise ValueError("The demo portfolio goes into a database with no accounts yet.")
        # A second stream for the re-planning draws, so the first one (and with it every
        # account, contact and response the demo always had) stays as it was.
        summary = _Builder(db, rng, n, today, np.random.default_rng([seed, 17])).build()
        add_demo_signals(db, today, seed)
        return summary


# How a portfolio really looks (issue 17): most accounts on track, because a specialist
# re-plans work that moves; a few slipping by days; a few in trouble by weeks.
SLIPPING_SHARE = 0.12
SLIPPING_LATE = (1, 8)  # days late, the first open step only
TROUBLE_LATE = (5, 45)  # days late at most, every open step past its date


class _Builder(RecordsBuilder):
    def __init__(self, db: Database, rng: np.random.Generator, n: int, today: date,
                 plan_rng: np.random.Generator) -> None:
        self.db, self.rng, self.n, self.today = db, rng, n, today
        self.plan_rng = plan_rng
        self.t0 = today.toordinal()
        first = date.fromordinal(self.t0 - HISTORY_DAYS - 400)
        self.day0 = first.toordinal()
        self._iso = [(first + timedelta(days=i)).isoformat() for i in range(HISTORY_DAYS + 800)]
        self.conn = db.conn

    def iso(self, ordinal: int) -> str:
        return self._iso[ordinal - self.day0]

    def iso_or_none(self, ordinal: int, present: bool) -> str | None:
        return self._iso[ordinal - self.day0] if present else None

    def build(self) -> DemoSummary:
        rng, n, t0 = self.rng, self.n, self.t0
        playbook = self.conn.execute(
            "SELECT id FROM playbook WHERE kind = 'initial' ORDER BY builtin DESC, id LIMIT 1"
        ).fetchone()[0]
        delta_pb = self.conn.execute(
            "SELECT id FROM playbook WHERE kind = 'delta' ORDER BY builtin DESC, id LIMIT 1"
        ).fetchone()
        segments = self._segments(playbook)
        # --- accounts -------------------------------------------------------------
        age = rng.integers(0, HISTORY_DAYS, n)
        signed = t0 - age
        size = np.clip(rng.lognormal(5.0, 1.3, n), 5, 60000).astype(int)
        tech = np.clip(np.round(rng.normal(3, 1.1, n)), 1, 5).astype(int)
        pace = np.exp(rng.normal(0.05, 0.32, n)) * (0.85 + 0.06 * tech)
        stalled = rng.random(n) < 0.06
        pace[stalled] *= 0.35
        churn_p = np.clip(0.05 + 0.25 * (pace < 0.75) + 0.10 * stalled, 0, 0.6)
        churned = rng.random(n) < churn_p * np.clip(age / 200, 0.2, 1.0)
        churn_day = signed + (rng.random(n) * np.maximum(age - 10, 1)).astype(int) + 10
        churned &= churn_day < t0
        paused = (~churned) & (rng.random(n) < 0.03)
        end = np.where(churned, churn_day, t0)
        progress = (end - signed) * pace  # playbook day reached
        fv_day = np.ceil(45 / pace).astype(int)
        gl_day = np.ceil(60 / pace).astype(int)
        has_fv = progress >= 45
        has_gl = progress >= 60
        stage_idx = np.searchsorted(STAGE_START, progress, side="right") - 1
        status = np.where(churned, "churned", np.where(paused, "paused",
                          np.where(has_gl, "live", "onboarding")))
        plan_tier = np.digitize(size, [50, 300, 2000])
        plan = np.array(["Starter", "Growth", "Business", "Enterprise"])[plan_tier]
        mrr = np.round(np.array([290, 900, 2800, 9500])[plan_tier]
                       * np.exp(rng.normal(0, 0.35, n)), -1)
        industry = rng.choice(len(INDUSTRIES), n)
        region = rng.choice(len(REGIONS), n)
        owner = rng.choice(len(OWNERS), n)
        products = rng.integers(1, 4, n)
        names = self._company_names(n)
        seg = np.array(segments)[plan_tier]
        # A slow account kicks off late, but never after its go-live target (day 60): the
        # kickoff meeting is held two weeks before it at the latest.
        kickoff = signed + np.minimum(np.ceil(14 / pace).astype(int), 46)
        target = signed + 60
        self.trouble = stalled
        self.slipping = ~stalled & (self.plan_rng.random(n) < SLIPPING_SHARE)
        rows = []
        for i in range(n):
            s = int(signed[i])
            rows.append((
                i + 1, f"CRM-{100000 + i}", names[i], INDUSTRIES[industry[i]], int(size[i]),
                REGIONS[region[i]], str(plan[i]), float(mrr[i]), int(tech[i]), OWNERS[owner[i]],
                int(seg[i]), str(status[i]), STAGES[int(stage_idx[i])], self.iso(s),
                self.iso(int(kickoff[i])), self.iso(int(target[i])),
                self.iso_or_none(s + int(gl_day[i]), bool(has_gl[i])),
                self.iso_or_none(s + int(fv_day[i]), bool(has_fv[i])),
                self.iso_or_none(int(churn_day[i]), bool(churned[i])),
                ", ".join(["Core", "Analytics", "Connect"][: int(products[i])]),
            ))
        self.conn.executemany(
            "INSERT INTO account (id, external_id, name, industry, company_size, region, plan, mrr,"
            " tech_proficiency, owner, segment_id, status, stage, signed_date, kickoff_date,"
            " target_golive_date, golive_date, first_value_date, churned_date, products)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self._stage_history(signed, pace, stage_idx, end, churned)
        key_dates = {"first_value": np.where(has_fv, signed + fv_day, -1),
                     "go_live": np.where(has_gl, signed + gl_day, -1)}
        tasks, milestones = self._journeys(playbook, signed, pace, progress, end, churned,
                                           key_dates)
        if delta_pb is not None:
            tasks += self._delta_journeys(delta_pb[0], has_gl & ~churned, signed, gl_day)
        contacts = self._contacts(signed, pace, end)
        feedback = self._feedback(signed, pace, progress, end)
        activities = self._activities(signed, pace, end, churned)
        self._features(progress, signed, end)
        self._mrr_changes(signed, has_gl & ~churned, mrr, gl_day, churned, churn_day)
        return DemoSummary(n, contacts, tasks, milestones, feedback, activities)

    def _segments(self, playbook: int) -> list[int]:
        specs = [("Self-serve", "plan = Starter"), ("Mid-market", "plan = Growth"),
                 ("Business", "plan = Business"), ("Enterprise", "plan = Enterprise")]
        ids = []
        for name, rule in specs:
            found = self.conn.execute("SELECT id FROM segment WHERE name = ?", (name,)).fetchone()
            if found:
                ids.append(found[0])
                continue
            cur = self.conn.execute(
                "INSERT INTO segment (name, rule, description, playbook_id) VALUES (?, ?, ?, ?)",
                (name, rule, f"Accounts on the {rule.split('= ')[1]} plan", playbook),
            )
            ids.append(int(cur.lastrowid or 0))
        return ids

    def _company_names(self, n: int) -> list[str]:
        rng = self.rng
        seen: dict[str, int] = {}
        names = []
        p = rng.integers(0, len(PREFIXES), n)
        r = rng.integers(0, len(ROOTS), n)
        s = rng.integers(0, len(SUFFIXES), n)
        for i in range(n):
            name = f"{PREFIXES[p[i]]} {ROOTS[r[i]]} {SUFFIXES[s[i]]}"
            count = seen.get(name, 0)
            seen[name] = count + 1
            names.append(name if count == 0 else f"{PREFIXES[p[i]]} {ROOTS[r[i]]} {count + 1} "
                         f"{SUFFIXES[s[i]]}")
        return names

    def _stage_history(self, signed: np.ndarray, pace: np.ndarray, stage_idx: np.ndarray,
                       end: np.ndarray, churned: np.ndarray) -> None:
        rows = []
        for i in range(self.n):
            entered = [int(signed[i] + np.ceil(STAGE_START[k] / pace[i]))
                       for k in range(int(stage_idx[i]) + 1)]
            for k, day in enumerate(entered):
                left = entered[k + 1] if k + 1 < len(entered) else None
                rows.append((i + 1, STAGES[k], self.iso(min(day, self.t0)),
                             self.iso(min(left, self.t0)) if left is not None else None))
        self.conn.executemany(
            "INSERT INTO stage_history (account_id, stage, entered_date, left_date)"
            " VALUES (?, ?, ?, ?)", rows,
        )

    def _journeys(self, playbook: int, signed: np.ndarray, pace: np.ndarray,
                  progress: np.ndarray, end: np.ndarray, churned: np.ndarray,
                  key_dates: dict[str, np.ndarray]) -> tuple[int, int]:
        """The initial journey; first-value and go-live milestones carry the account's dates."""
        rng, n, t0 = self.rng, self.n, self.t0
        steps = self.conn.execute(
            "SELECT position, title, stage, offset_days, owner_role, is_milestone, milestone_kind,"
            " name FROM playbook_step JOIN playbook ON playbook.id = playbook_id"
            " WHERE playbook_id = ? ORDER BY position", (playbook,)).fetchall()
        pb_name = steps[0][7]
        self.conn.executemany(
            "INSERT INTO journey (id, account_id, playbook_id, name, start_date) VALUES (?,?,?,?,?)",
            [(i + 1, i + 1, playbook, pb_name, self.iso(int(signed[i]))) for i in range(n)],
        )
        offsets = np.array([s[3] for s in steps])
        done_at = signed[:, None] + np.ceil(offsets[None, :] / pace[:, None]).astype(int)
        done_at = done_at + rng.integers(-1, 3, (n, len(steps)))
        reached = progress[:, None] >= offsets[None, :]
        done_at = np.minimum(np.maximum(done_at, signed[:, None]), end[:, None])
        due = signed[:, None] + offsets[None, :]
        roll = rng.random((n, len(steps)))
        # The go-live and first-value targets are the account's commitments (its target
        # go-live date is the go-live milestone's): they are never re-planned.
        fixed = np.array([bool(st[5]) and st[6] in key_dates for st in steps])
        due = np.where(fixed[None, :], due,
                       self._replanned(due, signed, pace, reached, churned, offsets))
        task_rows = []
        ms_rows = []
        for i in range(n):
            for j, (position, title, stage, _off, role, is_ms, ms_kind, _pb) in enumerate(steps):
                due_iso = self.iso(int(due[i, j]))
                if is_ms:
                    achieved = int(done_at[i, j])
                    if ms_kind in key_dates and key_dates[ms_kind][i] >= 0:
                        achieved = int(key_dates[ms_kind][i])
                    ms_rows.append((i + 1, i + 1, ms_kind or "custom", title, due_iso,
                                    self.iso_or_none(achieved, bool(reached[i, j]))))
                    continue
                if reached[i, j]:
                    status = "skipped" if roll[i, j] < 0.03 else "done"
                elif churned[i]:
                    # Work left when the customer churned stays open: its progress then shows
                    # how far the onboarding got (overdue lists and KPIs leave churned out).
                    status = "todo"
                elif due[i, j] < t0:
                    status = "blocked" if roll[i, j] < 0.12 else (
                        "in_progress" if roll[i, j] < 0.3 else "todo")
                else:
                    status = "in_progress" if roll[i, j] < 0.08 else "todo"
                task_rows.append((i + 1, i + 1, position, title, stage, due_iso, status,
                                  self.iso(int(done_at[i, j])) if status == "done" else None,
                                  role))
        self._insert_tasks(task_rows)
        self.conn.executemany(
            "INSERT INTO milestone (account_id, journey_id, kind, name, target_date, achieved_date)"
            " VALUES (?,?,?,?,?,?)", ms_rows,
        )
        return len(task_rows), len(ms_rows)

    def _replanned(self, due: np.ndarray, signed: np.ndarray, pace: np.ndarray,
                   reached: np.ndarray, churned: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        """Due dates as a specialist keeps them: open work that fell behind plan is moved to
        when the account will really get there, except for the few accounts that slip (the
        next step a few days late) or are in trouble (a few steps weeks late)."""
        t0, plan = self.t0, self.plan_rng
        projected = signed[:, None] + np.ceil(offsets[None, :] / pace[:, None]).astype(int)
        behind = ~reached & ~churned[:, None] & (due < t0)
        # (A stalled account's projection can be years out; nobody plans past a quarter.)
        out = np.where(behind, np.clip(projected, t0 + 1, t0 + 90), due)
        for i in np.flatnonzero(behind.any(axis=1)):
            late_steps = np.flatnonzero(behind[i])
            if self.trouble[i]:
                keep = late_steps
                lateness = np.sort(plan.integers(*TROUBLE_LATE, len(keep)))[::-1]
            elif self.slipping[i]:
                keep = late_steps[:1]
                lateness = plan.integers(*SLIPPING_LATE, 1)
            else:
                continue
            # Never earlier than the plan had it: the re-planned date only moves later.
            out[i, keep] = np.maximum(t0 - lateness, due[i, keep])
        return out

    def _delta_journeys(self, playbook: int, live: np.ndarray, signed: np.ndarray,
                        gl_day: np.ndarray) -> int:
        """A product update rolled out to some live accounts five weeks ago."""
        rng, t0 = self.rng, self.t0
        picked = np.flatnonzero(live & (rng.random(self.n) < 0.12)
                                & (signed + gl_day < t0 - 40))
        steps = self.conn.execute(
            "SELECT position, title, stage, offset_days, owner_role, is_milestone FROM"
            " playbook_step WHERE playbook_id = ? ORDER BY position", (playbook,)).fetchall()
        start = t0 - 35
        rows = []
        next_id = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM journey").fetchone()[0])
        journeys = []
        for i in picked:
            next_id += 1
            journeys.append((next_id, int(i) + 1, playbook, "Product update (delta)",
                             self.iso(start)))
            for position, title, stage, off, role, is_ms in steps:
                if is_ms:
                    continue
                # Most of what was due is done; what is left is a step or two in progress.
                keep = rng.random() < 0.8
                done = start + off < t0 and (keep or self.plan_rng.random() < 0.9)
                rows.append((int(i) + 1, next_id, 100 + position, title, stage,
                             self.iso(start + off), "done" if done else "todo",
                             self.iso(start + off) if done else None, role))
        self.conn.executemany(
            "INSERT INTO journey (id, account_id, playbook_id, name, start_date) VALUES (?,?,?,?,?)",
            journeys)
        self._insert_tasks(rows)
        return len(rows)

    def _insert_tasks(self, rows: list[tuple[Any, ...]]) -> None:
        """The tasks in one executemany, the task summary (schema 6) gaining their counts in
        one grouped statement after instead of a trigger's upsert per row: the per-row
        trigger tripled the XL demo's build."""
        base = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM task").fetchone()[0])
        with summary_folded_after(self.conn, base, len(rows)):
            self.conn.executemany(
                "INSERT INTO task (account_id, journey_id, position, title, stage, due_date, status,"
                " done_date, owner) VALUES (?,?,?,?,?,?,?,?,?)", rows)
