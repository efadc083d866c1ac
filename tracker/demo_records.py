"""The demo's people and their traces: contacts, feedback, activities, feature adoption and
revenue changes, each drawn from the account's hidden pace (see :mod:`tracker.demo`).

Split from the account and checklist builder so each part stays readable on its own.
"""

from __future__ import annotations

import sqlite3

import numpy as np

CONTACTS_PER_ACCOUNT = 9
ACTIVITIES_PER_ACCOUNT = 8  # plus the check-ins below: about 10 in all
CHECKINS_KEPT = 3  # the latest fortnightly check-ins of each active account
CHECKIN_SEED = 2026
CHECKIN_SUMMARY = {"call": "Check-in call", "meeting": "Check-in meeting"}
FIRST = ["Alex", "Sam", "Jordan", "Taylor", "Priya", "Wei", "Nur", "Omar", "Lena", "Marco",
         "Yuki", "Ines", "Kofi", "Sara", "Luis", "Mei", "Hana", "Ivan", "Zara", "Tom"]
LAST = ["Smith", "Tan", "Lim", "Garcia", "Muller", "Khan", "Okoye", "Silva", "Rossi", "Kim",
        "Ng", "Novak", "Haddad", "Berg", "Costa", "Ali", "Wong", "Dubois", "Ito", "Lopez"]
ROLES = ["end_user", "end_user", "end_user", "end_user", "admin", "analyst", "developer", "sponsor"]
ACTIVITY_KINDS = ["call", "email", "email", "meeting", "note", "login", "login", "login"]
FEATURES = ["Dashboards", "Workflows", "Integrations", "Mobile app", "Reports", "SSO",
            "API access", "Automations"]
COMMENTS_GOOD = ["Great onboarding team", "Smooth kickoff", "Training was very useful",
                 "Fast response times", ""]
COMMENTS_BAD = ["Too slow to get started", "Integration problems", "Unclear next steps",
                "Training did not cover our case", ""]


class RecordsBuilder:
    """Mixed into the demo builder; the attributes are the builder's own."""

    rng: np.random.Generator
    n: int
    t0: int
    conn: sqlite3.Connection

    def iso(self, ordinal: int) -> str:
        raise NotImplementedError

    def _contacts(self, signed: np.ndarray, pace: np.ndarray, end: np.ndarray) -> int:
        rng, n = self.rng, self.n
        counts = rng.integers(CONTACTS_PER_ACCOUNT - 4, CONTACTS_PER_ACCOUNT + 5, n)
        rows = []
        for i in range(n):
            domain = f"client{i + 1}.example.com"
            k = int(counts[i])
            invite = signed[i] + 28 + rng.integers(0, 25, k)
            act_p = float(np.clip(0.45 + 0.45 * pace[i], 0.1, 0.97))
            active = rng.random(k) < act_p
            act = invite + rng.integers(0, 12, k)
            first = rng.integers(0, len(FIRST), k)
            last = rng.integers(0, len(LAST), k)
            for c in range(k):
                inv = int(invite[c])
                if inv > end[i]:
                    continue
                activated = bool(active[c]) and act[c] <= end[i]
                last_seen = int(end[i] - rng.integers(0, 30)) if activated else None
                rows.append((
                    i + 1, f"{FIRST[first[c]]} {LAST[last[c]]}",
                    f"{FIRST[first[c]].lower()}.{LAST[last[c]].lower()}{c}@{domain}",
                    ROLES[c % len(ROLES)], self.iso(inv),
                    self.iso(int(act[c])) if activated else None,
                    self.iso(max(last_seen, int(act[c]))) if last_seen is not None else None,
                ))
        self.conn.executemany(
            "INSERT INTO contact (account_id, name, email, role, invited_date, activated_date,"
            " last_active_date) VALUES (?,?,?,?,?,?,?)", rows)
        return len(rows)

    def _feedback(self, signed: np.ndarray, pace: np.ndarray, progress: np.ndarray,
                  end: np.ndarray) -> int:
        rng, n = self.rng, self.n
        rows = []
        mood = np.clip(pace, 0.3, 1.6)
        for i in range(n):
            if progress[i] < 20 and rng.random() < 0.7:
                continue
            window = max(int(end[i] - signed[i]) - 14, 1)
            # About two responses per surveyed account: the L portfolio holds ~10,000.
            for kind in ("csat", "nps", "nps" if rng.random() < 0.06 else None):
                if kind is None:
                    continue
                day = int(signed[i] + 14 + rng.integers(0, window))
                if kind == "csat":
                    score = int(np.clip(round(rng.normal(3.2 + 1.2 * mood[i], 0.8)), 1, 5))
                    good = score >= 4
                else:
                    score = int(np.clip(round(rng.normal(5.2 + 3.0 * mood[i], 1.8)), 0, 10))
                    good = score >= 9
                comments = COMMENTS_GOOD if good else COMMENTS_BAD
                rows.append((i + 1, kind, score, comments[int(rng.integers(0, len(comments)))],
                             self.iso(min(day, int(end[i])))))
        self.conn.executemany(
            "INSERT INTO feedback (account_id, kind, score, comment, date) VALUES (?,?,?,?,?)",
            rows)
        return len(rows)

    def _activities(self, signed: np.ndarray, pace: np.ndarray, end: np.ndarray,
                    churned: np.ndarray) -> int:
        rng, n = self.rng, self.n
        counts = rng.poisson(ACTIVITIES_PER_ACCOUNT, n)
        # Check-ins draw from their own generator: the rest of the demo stays as it was.
        checkin_rng = np.random.default_rng([n, CHECKIN_SEED])
        rows = []
        for i in range(n):
            k = int(counts[i])
            span = max(int(end[i] - signed[i]), 1)
            # Healthy accounts were touched recently; slow ones went quiet a while ago.
            # (Never quiet for longer than a third of its life, or a young account's
            # touchpoints would all pile up on the day it signed.)
            quiet = 0 if pace[i] >= 0.8 else min(int(rng.integers(10, 60)), span // 3)
            days = end[i] - quiet - rng.integers(0, max(span - quiet, 1), k)
            kinds = rng.integers(0, len(ACTIVITY_KINDS), k)
            for c in range(k):
                day = int(max(days[c], signed[i]))
                kind = ACTIVITY_KINDS[kinds[c]]
                rows.append((i + 1, kind, self.iso(min(day, self.t0)),
                             f"{kind.capitalize()} with the customer"))
            if not churned[i]:
                rows.extend(self._checkins(i, int(signed[i]), int(end[i]) - quiet, checkin_rng))
        self.conn.executemany(
            "INSERT INTO activity (account_id, kind, date, summary) VALUES (?,?,?,?)", rows)
        return len(rows)

    def _checkins(self, i: int, signed: int, last_day: int, rng: np.random.Generator
                  ) -> list[tuple[int, str, str, str]]:
        """A specialist's regular calls and meetings (the default fortnightly cadence, give or
        take a few days), the latest one up to ``last_day``: an account that went quiet had its
        last check-in when it did, so its check-in is overdue, as a slipping account's is.
        Without them nearly every demo account had a check-in overdue for months."""
        out = []
        day = last_day - int(rng.integers(0, 12))
        for _ in range(CHECKINS_KEPT):
            if day < signed + 7:
                break
            kind = "meeting" if rng.random() < 0.3 else "call"
            out.append((i + 1, kind, self.iso(min(day, self.t0)), CHECKIN_SUMMARY[kind]))
            day -= 14 + int(rng.integers(-3, 4))
        return out

    def _features(self, progress: np.ndarray, signed: np.ndarray, end: np.ndarray) -> None:
        rng, n = self.rng, self.n
        self.conn.executemany("INSERT OR IGNORE INTO feature (name) VALUES (?)",
                              [(f,) for f in FEATURES])
        ids = [r[0] for r in self.conn.execute("SELECT id FROM feature ORDER BY id")]
        share = np.clip(progress / 120, 0, 1)
        rows = []
        for i in range(n):
            picks = rng.random(len(ids)) < share[i] * 0.9
            for j in np.flatnonzero(picks):
                # Adopted in the last two months, but never before signing or after churning.
                day = min(max(self.t0 - int(rng.integers(0, 60)), int(signed[i])), int(end[i]))
                rows.append((i + 1, ids[j], self.iso(day)))
        self.conn.executemany(
            "INSERT OR IGNORE INTO feature_adoption (account_id, feature_id, adopted_date)"
            " VALUES (?,?,?)", rows)

    def _mrr_changes(self, signed: np.ndarray, live: np.ndarray, mrr: np.ndarray,
                     gl_day: np.ndarray, churned: np.ndarray, churn_day: np.ndarray) -> None:
        """Expansions and contractions after go-live, so revenue retention has something to say.

        The account's current MRR is the value after its last change.
        """
        rng = self.rng
        rows = []
        for i in np.flatnonzero(live):
            r = rng.random()
            if r > 0.22:
                continue
            factor = 1 + rng.uniform(0.1, 0.5) if r < 0.16 else 1 - rng.uniform(0.1, 0.4)
            first_day = int(signed[i] + gl_day[i])
            if first_day >= self.t0 - 1:
                continue
            day = int(rng.integers(first_day, self.t0))
            old = float(mrr[i])
            new = round(old * factor, -1)
            rows.append((int(i) + 1, self.iso(day), old, new))
        self.conn.executemany(
            "INSERT INTO mrr_change (account_id, date, old_mrr, new_mrr) VALUES (?,?,?,?)", rows)
        self.conn.executemany("UPDATE account SET mrr = ? WHERE id = ?",
                              [(r[3], r[0]) for r in rows])
