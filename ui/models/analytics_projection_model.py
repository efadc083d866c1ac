"""sBG projections per group: fit, churn, projected survival and the two CLTVs side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from tracker.analytics.retention import Projection
from ui.display import format_money
from ui.models.record_table import Column, RecordTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("ProjectionModel", text)


def _at(p: Projection, t: int) -> float | None:
    return float(p.projected[t]) if len(p.projected) > t else None


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{QLocale().toString(100 * v, 'f', 1)} %"


def _money(v: float | None) -> str:
    return format_money(v)


def projection_note(p: Projection) -> str:
    """The core's note on a fit, from its code, in the user's language."""
    if p.issue == "too_little":
        return tr("Only {0} accounts and {1} lost: the projection is unreliable.").format(p.accounts, p.lost)
    return {"no_accounts": tr("No accounts."),
            "no_churn": tr("No account churned yet, so retention cannot be projected."),
            "unidentified": tr("The data do not pin the model down; treat the projection as a rough"
                               " guess."),
            "geometric": tr("Churn looks the same at every tenure, so the model reduces to one churn"
                            " rate.")}.get(p.issue, "")


def _key(v: float | None) -> float:
    return -1.0 if v is None else v


class ProjectionModel(RecordTableModel[Projection]):
    def columns(self) -> Sequence[Column[Projection]]:
        loc = QLocale()
        return [
            Column(tr("Group"), lambda p: p.label if p.key != "all" else tr("All accounts"),
                   tone=lambda p: None if p.reliable else "warn",
                   tooltip=lambda p: projection_note(p) or tr("Fit looks reliable.")),
            Column(tr("Accounts"), lambda p: loc.toString(p.accounts), sort=lambda p: p.accounts,
                   align_right=True),
            Column(tr("Lost"), lambda p: loc.toString(p.lost), sort=lambda p: p.lost, align_right=True),
            Column(tr("Leave early (α)"), lambda p: loc.toString(p.fit.alpha, "g", 4) if p.fit else "–",
                   sort=lambda p: p.fit.alpha if p.fit else -1.0, align_right=True),
            Column(tr("Stay (β)"), lambda p: loc.toString(p.fit.beta, "g", 4) if p.fit else "–",
                   sort=lambda p: p.fit.beta if p.fit else -1.0, align_right=True),
            Column(tr("Churn / month"), lambda p: _pct(p.monthly_churn), sort=lambda p: p.monthly_churn,
                   align_right=True),
            Column(tr("Survival 12 mo"), lambda p: _pct(_at(p, 12)), sort=lambda p: _key(_at(p, 12)),
                   align_right=True),
            Column(tr("Survival 36 mo"), lambda p: _pct(_at(p, 36)), sort=lambda p: _key(_at(p, 36)),
                   align_right=True),
            Column(tr("Avg MRR"), lambda p: _money(p.average_mrr), sort=lambda p: p.average_mrr,
                   align_right=True),
            Column(tr("Projected CLTV"), lambda p: _money(p.projected_cltv),
                   sort=lambda p: _key(p.projected_cltv), align_right=True,
                   tooltip=lambda p: tr("Σ margin × MRR × projected survival, discounted")),
            Column(tr("Simple CLTV"), lambda p: _money(p.simple_cltv), sort=lambda p: _key(p.simple_cltv),
                   align_right=True, tooltip=lambda p: tr("avg MRR × margin ÷ monthly churn")),
            Column(tr("Note"), projection_note, tooltip=projection_note),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return header_tips().get(section)
        return super().headerData(section, orientation, role)


def header_tips() -> dict[int, str]:
    """The model's parameters in plain words (α and β mean nothing to most readers)."""
    spread = tr("Customers differ in how likely they are to leave; α and β describe that spread."
                " Expected churn in the first month = α ÷ (α + β).")
    return {
        3: tr("Fit α: the larger α is, the more customers leave early.") + " " + spread,
        4: tr("Fit β: the larger β is, the more customers stay.") + " " + spread,
        5: tr("Observed churn: accounts lost per month an account was followed"),
    }
