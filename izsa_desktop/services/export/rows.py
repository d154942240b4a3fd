"""One project -> one row of human-readable cells, shared by the CSV and XLSX exports.

Lists become one readable cell ("11 Sürdürülebilir Şehirler ve Topluluklar; 13 İklim Eylemi"), codes
become words in the chosen language, the budget is Turkish lira (from integer kuruş), dates stay
``date`` objects (CSV writes ISO text, XLSX real dates). Personal data (contact_*) only when asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ...core import taxonomy as tx
from ...core.model import PERSONAL_FIELDS, Project
from . import labels as L

COLUMNS: tuple[str, ...] = (
    "id", "district", "title_tr", "title_en", "status", "start_date", "end_date", "end_kind",
    "sdg_primary", "sdg_goals", "sdg_targets", "who_themes", "target_groups", "target_groups_other",
    "beneficiaries_planned", "beneficiaries_reached", "purpose", "summary", "responsible_unit",
    "contact_name", "contact_role", "contact_phone", "contact_email",
    "lat", "lon", "precision", "neighbourhood", "address", "budget_tl", "currency", "funding_source",
    "partners", "open_to_collab", "collab_sought", "results", "strategic_plan_goal", "links", "keywords",
    "visibility", "review_state",
)
DATE_COLUMNS = frozenset({"start_date", "end_date"})
NUMBER_COLUMNS = frozenset({"beneficiaries_planned", "beneficiaries_reached", "lat", "lon", "budget_tl"})
WIDTHS = {"id": 38, "title_tr": 48, "title_en": 48, "purpose": 50, "summary": 60, "sdg_goals": 46,
          "sdg_targets": 24, "who_themes": 36, "target_groups": 36, "partners": 40, "results": 40,
          "district": 14, "status": 14, "start_date": 12, "end_date": 12, "sdg_primary": 34,
          "lat": 11, "lon": 11, "budget_tl": 16, "links": 40}


def columns(include_personal: bool = False) -> list[str]:
    return [c for c in COLUMNS if include_personal or c not in PERSONAL_FIELDS]


def headers(cols: list[str], lang: str) -> list[str]:
    return [L.w(c, lang) for c in cols]


def _partners(p: Project, lang: str) -> str:
    out = []
    for x in p.partners:
        role = L.pick(L.PARTNER_ROLE, str(x.get("role", "")), lang)
        out.append(f"{x.get('name', '')} ({role})" if role else str(x.get("name", "")))
    return L.join(out)


def _results(p: Project) -> str:
    out = []
    for r in p.results:
        bits = [str(r.get("indicator", ""))]
        if r.get("actual") not in (None, ""):
            bits.append(f"{r.get('actual')} {r.get('unit', '')}".strip())
        out.append(": ".join(b for b in bits if b))
    return L.join(out)


def budget_tl(p: Project) -> float | None:
    return None if p.budget_kurus is None else p.budget_kurus / 100


def cell_makers(lang: str) -> dict[str, Callable[[Project], Any]]:
    yes, no = L.w("yes", lang), L.w("no", lang)
    return {
        "id": lambda p: p.id,
        "district": lambda p: tx.district_name(p.district),
        "status": lambda p: L.pick(L.STATUS, p.status, lang),
        "end_kind": lambda p: L.pick(L.END_KIND, p.end_kind, lang),
        "sdg_primary": lambda p: L.goal_label(p.sdg_primary, lang),
        "sdg_goals": lambda p: L.join(L.goal_label(g, lang) for g in sorted(p.sdg_goals)),
        "sdg_targets": lambda p: L.join(p.sdg_targets),
        "who_themes": lambda p: L.join(L.theme_label(t, lang) for t in p.who_themes),
        "target_groups": lambda p: L.join(L.pick(L.TARGET_GROUP, g, lang) for g in p.target_groups),
        "precision": lambda p: L.pick(L.PRECISION, p.precision, lang),
        "budget_tl": budget_tl,
        "funding_source": lambda p: L.pick(L.FUNDING, p.funding_source, lang),
        "partners": lambda p: _partners(p, lang),
        "open_to_collab": lambda p: yes if p.open_to_collab else no,
        "results": _results,
        "links": lambda p: L.join(p.links),
        "visibility": lambda p: L.pick(L.VISIBILITY, p.visibility, lang),
        "review_state": lambda p: L.pick(L.REVIEW, p.review_state, lang),
    }


def row_function(cols: list[str], lang: str) -> Callable[[Project], list[Any]]:
    makers = cell_makers(lang)
    getters = [makers.get(c) or (lambda p, c=c: getattr(p, c)) for c in cols]

    def row(p: Project) -> list[Any]:
        return [g(p) for g in getters]

    return row


def text_cell(v: Any, decimal_comma: bool = False) -> str:
    """A cell as CSV text: ISO dates, numbers with the chosen decimal mark, empty for None."""
    if v is None:
        return ""
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        s = f"{v:.2f}" if v == round(v, 2) else repr(v)
        return s.replace(".", ",") if decimal_comma else s
    return str(v)
