"""Coaching scorecard per district: how complete, how fresh and how far reviewed the records are, a
readiness score 0-100 and the next steps that would raise it most.

Completeness criteria (share of a district's live projects meeting each), with their weights:
required fields (Turkish title, purpose, start date, responsible unit, SDG goals, WHO themes, target
groups, a location) 30, SDG targets 20, a precise location (exact or neighbourhood) 15, results 15,
beneficiaries 10, an English title 10. Freshness is the last bundle import of the district if the bundle
tables exist (found by name with SQLAlchemy's inspector), else the latest ``updated_at``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import inspect, select

from ..core import taxonomy as tx
from ..store.models import ProjectRow

CRITERIA: dict[str, int] = {
    "required": 30, "targets": 20, "location": 15, "results": 15, "beneficiaries": 10, "english": 10,
}


@dataclass
class DistrictScore:
    district: str
    projects: int = 0
    met: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CRITERIA, 0))
    review: dict[str, int] = field(default_factory=lambda: dict.fromkeys(tx.REVIEW_STATES, 0))
    last_activity: str = ""  # ISO timestamp
    activity_source: str = "updated"  # "import" when taken from the bundle import log

    @property
    def missing(self) -> dict[str, int]:
        return {k: self.projects - n for k, n in self.met.items()}

    @property
    def readiness(self) -> int:
        if not self.projects:
            return 0
        return round(sum(w * self.met[k] / self.projects for k, w in CRITERIA.items()))

    def next_steps(self, limit: int = 3) -> list[tuple[str, int]]:
        """(criterion, projects lacking it), the biggest gain in readiness first."""
        steps = [(k, n) for k, n in self.missing.items() if n > 0]
        steps.sort(key=lambda kn: (-CRITERIA[kn[0]] * kn[1], kn[0]))
        return steps[:limit]

    def as_dict(self) -> dict:
        return {"district": self.district, "projects": self.projects, "readiness": self.readiness,
                "met": self.met, "missing": self.missing, "review": self.review,
                "last_activity": self.last_activity, "activity_source": self.activity_source,
                "next_steps": [{"step": k, "projects": n} for k, n in self.next_steps()]}


def _required(r) -> bool:
    return bool((r.title_tr or "").strip() and (r.purpose or "").strip() and r.start_date is not None
                and (r.responsible_unit or "").strip() and r.sdg_goals and r.who_themes and r.target_groups
                and r.lat is not None and r.lon is not None)


def _criteria(r) -> dict[str, bool]:
    return {
        "required": _required(r),
        "targets": bool(r.sdg_targets),
        "location": r.lat is not None and r.precision in ("exact", "neighbourhood"),
        "results": bool(r.results),
        "beneficiaries": r.beneficiaries_planned is not None or r.beneficiaries_reached is not None,
        "english": bool((r.title_en or "").strip()),
    }


def import_log_table(ws) -> str | None:
    """The bundle import log's table (the bundles feature's, e.g. ``bundle_seen``): a table whose name
    mentions bundles or imports and that has a district and an ``imported_at`` column; None without one."""
    insp = inspect(ws.engine)
    for n in sorted(insp.get_table_names()):
        if "bundle" not in n.lower() and "import" not in n.lower():
            continue
        cols = {c["name"] for c in insp.get_columns(n)}
        if "imported_at" in cols and "district" in cols:
            return n
    return None


def _import_times(ws, table: str) -> dict[str, str]:
    """district -> latest import time in the import log (undone imports left out when marked)."""
    from sqlalchemy import MetaData, Table, func

    t = Table(table, MetaData(), autoload_with=ws.engine)
    q = select(t.c.district, func.max(t.c.imported_at)).group_by(t.c.district)
    if "status" in t.c:
        q = q.where(t.c.status != "undone")
    with ws.engine.connect() as c:
        return {str(d): str(v) for d, v in c.execute(q) if v}


def scorecard(ws, progress=None, cancelled=None) -> list[DistrictScore]:
    """One DistrictScore per district (all 31 for central; the own district for a district office)."""
    own = ws.identity.district if ws.identity.role == "district" else None
    ids = [own] if own else list(tx.district_ids())
    cards = {d: DistrictScore(d) for d in ids}
    r = ProjectRow
    q = select(r.district, r.title_tr, r.title_en, r.purpose, r.start_date, r.responsible_unit, r.sdg_goals,
               r.sdg_targets, r.who_themes, r.target_groups, r.lat, r.lon, r.precision, r.results,
               r.beneficiaries_planned, r.beneficiaries_reached, r.review_state, r.updated_at
               ).where(r.deleted == False)  # noqa: E712
    if own:
        q = q.where(r.district == own)
    with ws.session() as s:
        for row in s.execute(q):
            card = cards.get(row.district)
            if card is None:
                continue
            card.projects += 1
            for k, ok in _criteria(row).items():
                card.met[k] += int(ok)
            if row.review_state in card.review:
                card.review[row.review_state] += 1
            if (row.updated_at or "") > card.last_activity:
                card.last_activity = row.updated_at
    table = import_log_table(ws)
    if table:
        for d, at in _import_times(ws, table).items():
            if d in cards:
                cards[d].last_activity, cards[d].activity_source = at, "import"
    return [cards[d] for d in ids]
