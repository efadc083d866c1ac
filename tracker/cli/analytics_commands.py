"""Analytics commands: segments (clustering and rules), compare (A/B), project (sBG and CLTV).

The analytics modules are imported inside the handlers: they pull in SciPy, which would
otherwise slow every other command's start by more than half a second.
"""

from __future__ import annotations

import argparse
import math
from datetime import date
from typing import Any

from tracker.analytics import CLUSTER_METHODS, PROJECTION_GROUPINGS
from tracker.cli import CommandError, cli_date, say, say_counted
from tracker.cli.core_commands import add_db_argument, db_path
from tracker.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP
from tracker.storage.db import open_database, verify_intact


def _as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", type=cli_date, default=None,
                        help="look at the portfolio as it stood on this date (default today)")


def register(subparsers: Any) -> None:
    seg = subparsers.add_parser("segments", help="suggest segments by clustering, or make one by rule")
    add_db_argument(seg)
    seg.add_argument("--method", choices=CLUSTER_METHODS, default="kmeans")
    seg.add_argument("--k", type=int, default=None, help="number of clusters (default: best silhouette)")
    seg.add_argument("--seed", type=int, default=7)
    seg.add_argument("--include-churned", action="store_true", help="cluster churned accounts too")
    seg.add_argument("--accept", action="store_true",
                     help="create the suggested segments and assign their accounts")
    seg.add_argument("--names", default=None,
                     help="comma-separated segment names for --accept (blank skips a cluster)")
    seg.add_argument("--rule", default=None,
                     help='a rule such as "industry = Healthcare and company size > 500"')
    seg.add_argument("--name", default=None, help="with --rule: create this segment")
    seg.add_argument("--playbook", default=None, help="with --rule --name: tie a playbook (name)")
    seg.set_defaults(func=run_segments)

    cmp_ = subparsers.add_parser("compare", help="compare two groups like an A/B test")
    add_db_argument(cmp_)
    cmp_.add_argument("--a", required=True, metavar="GROUP",
                      help="segment:NAME, playbook:NAME, period:START..END, rule:RULE or all")
    cmp_.add_argument("--b", required=True, metavar="GROUP")
    _as_of(cmp_)
    cmp_.set_defaults(func=run_compare)

    proj = subparsers.add_parser("project", help="project retention (sBG) and CLTV")
    add_db_argument(proj)
    proj.add_argument("--by", choices=PROJECTION_GROUPINGS, default="all")
    proj.add_argument("--margin", type=float, default=0.8, help="gross margin share (default 0.8)")
    proj.add_argument("--discount", type=float, default=0.10,
                      help="yearly discount rate (default 0.10)")
    proj.add_argument("--horizon", type=int, default=120, help="months summed (default 120)")
    _as_of(proj)
    proj.set_defaults(func=run_project)


def _open(args: argparse.Namespace) -> Any:
    path = db_path(args)
    if not path.is_file():
        raise CommandError(say(QT_TRANSLATE_NOOP("cli", "No database at {0}."), path))
    db = open_database(path, create=False)
    if getattr(args, "accept", False) or getattr(args, "name", None):  # this run writes segments
        try:
            verify_intact(db.conn, path, thorough=True)
        except BaseException:
            db.conn.close()
            raise
    return db


SEGMENT_HEADERS = [
    "#", QT_TRANSLATE_NOOP("cli", "suggested name"), QT_TRANSLATE_NOOP("cli", "accounts"),
    QT_TRANSLATE_NOOP("cli", "share"), QT_TRANSLATE_NOOP("cli", "median size"),
    QT_TRANSLATE_NOOP("cli", "median MRR"), QT_TRANSLATE_NOOP("cli", "tech"),
    QT_TRANSLATE_NOOP("cli", "products"), QT_TRANSLATE_NOOP("cli", "top industry"),
]
COMPARE_HEADERS = [
    QT_TRANSLATE_NOOP("cli", "metric"), QT_TRANSLATE_NOOP("cli", "test"), "n A/B", "A", "B",
    QT_TRANSLATE_NOOP("cli", "statistic"), "p", QT_TRANSLATE_NOOP("cli", "p (Holm)"),
    QT_TRANSLATE_NOOP("cli", "effect [95% CI]"),
]
PROJECTION_HEADERS = [
    QT_TRANSLATE_NOOP("cli", "group"), QT_TRANSLATE_NOOP("cli", "accounts"),
    QT_TRANSLATE_NOOP("cli", "lost"), QT_TRANSLATE_NOOP("cli", "alpha"),
    QT_TRANSLATE_NOOP("cli", "beta"), QT_TRANSLATE_NOOP("cli", "churn/mo"), "S(12)", "S(36)",
    QT_TRANSLATE_NOOP("cli", "avg MRR"), QT_TRANSLATE_NOOP("cli", "projected CLTV"),
    QT_TRANSLATE_NOOP("cli", "simple CLTV"), QT_TRANSLATE_NOOP("cli", "note"),
]


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """``rows`` under ``headers`` (English marked with QT_TRANSLATE_NOOP, worded here), aligned."""
    headers = [say(h) for h in headers]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(c.rjust(w) if c[:1].isdigit() or c[:1] in "-+" else c.ljust(w)
                               for c, w in zip(r, widths, strict=True)))
    return "\n".join(lines)


def run_segments(args: argparse.Namespace) -> int:
    from tracker.analytics.segmentation import accept_suggestion, silhouette_strength, suggest_segments

    db = _open(args)
    try:
        if args.rule:
            return _rule_segment(db, args)
        sug = suggest_segments(db, args.method, args.k, args.seed,
                               include_churned=args.include_churned)
        if sug.k_scores:
            print(say(QT_TRANSLATE_NOOP("cli", "k  silhouette  within-cluster SS")))
            for s in sug.k_scores:
                mark = say(QT_TRANSLATE_NOOP("cli", "  <- best")) if s.k == sug.k else ""
                print(f"{s.k:<2} {s.silhouette:10.3f}  {s.inertia:17.1f}{mark}")
            print()
        strength = {"strong": QT_TRANSLATE_NOOP("cli", "strong structure"),
                    "reasonable": QT_TRANSLATE_NOOP("cli", "reasonable structure"),
                    "weak": QT_TRANSLATE_NOOP("cli", "weak structure"),
                    "none": QT_TRANSLATE_NOOP("cli", "no substantial structure")}
        print(say(QT_TRANSLATE_NOOP(
            "cli", "{0} with k = {1}, silhouette {2:.3f} ({3}; {4} accounts)"),
            sug.method, sug.k, sug.silhouette, say(strength[silhouette_strength(sug.silhouette)]),
            len(sug.account_ids)))
        rows = [[str(p.cluster + 1), p.suggested_name, str(p.accounts), f"{p.share:.0%}",
                 f"{p.median_size:,.0f}", f"{p.median_mrr:,.0f}", f"{p.mean_tech:.1f}",
                 f"{p.mean_products:.1f}", f"{p.top_industry} {p.top_industry_share:.0%}"]
                for p in sug.profiles]
        print(_table(SEGMENT_HEADERS, rows))
        if args.accept:
            names = ([n.strip() for n in args.names.split(",")] if args.names is not None
                     else [p.suggested_name for p in sug.profiles])
            created = accept_suggestion(db, sug, names).value.created
            print(say(QT_TRANSLATE_NOOP(
                "cli", "\nCreated {0} segments and assigned their accounts."), len(created)))
        return 0
    finally:
        db.conn.close()


def _rule_segment(db: Any, args: argparse.Namespace) -> int:
    from tracker.analytics.segment_rules import create_rule_segment, matching_accounts

    if not args.name:
        ids = matching_accounts(db, args.rule)
        print(say_counted(QT_TRANSLATE_N_NOOP("cli", "Matching {0}: %n account(s)"), len(ids), args.rule))
        return 0
    playbook_id = None
    if args.playbook:
        row = db.conn.execute("SELECT id FROM playbook WHERE name = ? COLLATE NOCASE",
                              (args.playbook,)).fetchone()
        if row is None:
            raise CommandError(say(QT_TRANSLATE_NOOP(
                "cli", "There is no playbook named '{0}'."), args.playbook))
        playbook_id = int(row[0])
    written = create_rule_segment(db, args.name, args.rule, playbook_id).value
    seg_id, count = written.created[0], written.count
    print(say_counted(QT_TRANSLATE_N_NOOP(
        "cli", "Created segment '{0}' (id {1}) with %n account(s)."), count, args.name.strip(), seg_id))
    return 0


def _num(value: float | None, fmt: str = "{:.2f}") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return fmt.format(value)


def _effect(e: Any) -> str:
    ci = "" if math.isnan(e.low) else f" [{e.low:.3g}, {e.high:.3g}]"
    return f"{e.name} {e.value:.3g}{ci}"


def run_compare(args: argparse.Namespace) -> int:
    from tracker.analytics.experiments import compare_groups
    from tracker.analytics.groups import resolve_group

    db = _open(args)
    try:
        as_of = args.as_of or date.today()
        a, b = resolve_group(db, args.a), resolve_group(db, args.b)
        result = compare_groups(db, a, b, as_of)
    finally:
        db.conn.close()
    print(say(QT_TRANSLATE_NOOP(
        "cli", "A = {0} ({1} accounts), B = {2} ({3} accounts), as of {4}\n"),
        a.label, len(a.account_ids), b.label, len(b.account_ids), as_of.isoformat()))
    rows = []
    for m in result.metrics:
        rows.append([m.metric, m.test, f"{m.n_a}/{m.n_b}", _num(m.value_a, "{:.1f}"),
                     _num(m.value_b, "{:.1f}"), _num(m.statistic, "{:.3g}"),
                     _num(m.p_value, "{:.3g}"), _num(m.p_adjusted, "{:.3g}"),
                     "; ".join(_effect(e) for e in m.effects) or "-"])
    print(_table(COMPARE_HEADERS, rows))
    print()
    for m in result.metrics:
        print(f"- {m.verdict}")
    print(say(QT_TRANSLATE_NOOP("cli", "\nVerdict: {0}"), result.verdict))
    return 0


def run_project(args: argparse.Namespace) -> int:
    from tracker.analytics.retention import project_retention

    db = _open(args)
    try:
        as_of = args.as_of or date.today()
        projections = project_retention(db, as_of, by=args.by, margin=args.margin,
                                        annual_discount=args.discount, horizon=args.horizon)
    finally:
        db.conn.close()
    print(say(QT_TRANSLATE_NOOP(
        "cli", "sBG retention projection as of {0}: margin {1:.0%}, discount {2:.0%} a "
        "year, {3} months\n"), as_of.isoformat(), args.margin, args.discount, args.horizon))
    rows = []
    for p in projections:
        fit = p.fit
        s12 = _num(float(p.projected[12]) if len(p.projected) > 12 else None, "{:.1%}")
        s36 = _num(float(p.projected[36]) if len(p.projected) > 36 else None, "{:.1%}")
        rows.append([p.label, str(p.accounts), str(p.lost),
                     _num(fit.alpha if fit else None, "{:.3f}"), _num(fit.beta if fit else None, "{:.3f}"),
                     f"{p.monthly_churn:.2%}", s12, s36, _num(p.average_mrr, "{:,.0f}"),
                     _num(p.projected_cltv, "{:,.0f}"), _num(p.simple_cltv, "{:,.0f}"),
                     ("!" if not p.reliable else "*") if p.note else ""])
    print(_table(PROJECTION_HEADERS, rows))
    notes = [f"{'!' if not p.reliable else '*'} {p.label}: {p.note}" for p in projections if p.note]
    if notes:
        print()
        print("\n".join(notes))
    print(say(QT_TRANSLATE_NOOP(
        "cli", "\nSimple CLTV = avg MRR x margin / monthly churn: one churn rate for "
        "ever, no discount.\nProjected CLTV sums margin x MRR x projected "
        "survival over the horizon, discounted.")))
    return 0
