"""Which projects an export covers: the list's filter (district, SDG goal, WHO theme, status, text) or an
explicit list of UUIDs, read in bulk (one SELECT of whole rows, no per-project queries) so that 100k
projects load in a few seconds. Qt-free: the UI turns its ``Filter`` into an ``ExportQuery``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from ...core import taxonomy as tx
from ...core.errors import IzsaError
from ...core.model import EDITABLE_FIELDS, Project
from ...core.text import fold_words, row_matches, search_plan, sort_key
from ...store.models import ProjectRow
from ..workspace import Workspace

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_LIST_DEFAULTS = ("sdg_goals", "sdg_targets", "who_themes", "target_groups", "partners", "results",
                  "progress", "links")
_TEXT_DEFAULTS = ("title_en", "purpose", "summary", "keywords", "notes", "neighbourhood", "address",
                  "responsible_unit", "contact_name", "contact_role", "contact_phone", "contact_email",
                  "collab_sought", "target_groups_other", "strategic_plan_goal", "funding_source")


@dataclass(frozen=True)
class ExportQuery:
    """What to export. Empty fields mean "no restriction"; ``uuids`` (when given) wins over the rest."""

    district: str | None = None
    goal: int | None = None
    theme: str | None = None
    status: str | None = None
    text: str = ""
    uuids: tuple[str, ...] | None = None
    include_deleted: bool = False

    @property
    def is_plain(self) -> bool:
        """Only district/goal restrictions: aggregate queries over the store give the same numbers."""
        return not (self.theme or self.status or self.text.strip() or self.uuids is not None
                    or self.include_deleted)


@dataclass
class Selection:
    projects: list[Project]
    data_date: str  # newest updated_at among the selected projects (ISO date) or ""
    query: ExportQuery = field(default_factory=ExportQuery)


def normalise(q: ExportQuery) -> ExportQuery:
    """Resolve a district given as a name ("Karşıyaka", "karsiyaka") and check the goal number."""
    district = q.district
    if district:
        code = tx.resolve_district(district)
        if code is None:
            raise IzsaError("district_unknown", value=district)
        district = code
    if q.goal is not None and int(q.goal) not in tx.goals():
        raise IzsaError("sdg_goal_unknown", value=q.goal)
    if q.status and q.status not in tx.STATUSES:
        raise IzsaError("status_unknown", value=q.status)
    return ExportQuery(district or None, q.goal, q.theme, q.status, q.text, q.uuids, q.include_deleted)


def _project(m) -> Project:  # a row mapping -> Project
    kw = {f: m[f] for f in EDITABLE_FIELDS}
    for f in _LIST_DEFAULTS:
        kw[f] = list(kw[f] or [])
    for f in _TEXT_DEFAULTS:
        if kw[f] is None:
            kw[f] = ""
    return Project(id=m["uuid"], **kw)


def select_projects(ws: Workspace, query: ExportQuery | None = None, progress: Progress | None = None,
                    cancelled: Cancelled | None = None, chunk: int = 5000) -> Selection:
    """The projects of ``query``, sorted by district (Turkish order), then title."""
    q = normalise(query or ExportQuery())
    t = ProjectRow.__table__
    where = []
    if not q.include_deleted:
        where.append(t.c.deleted.is_(False))
    if q.district:
        where.append(t.c.district == q.district)
    if q.status:
        where.append(t.c.status == q.status)
    stmt = select(t).where(*where)
    if q.uuids is not None:
        wanted = set(q.uuids)
    plan = search_plan(q.text) if fold_words(q.text).split() else ()  # the list filter's rule
    with ws.session() as s:
        total = int(s.execute(select(func.count()).select_from(t).where(*where)).scalar() or 0)
        out: list[Project] = []
        newest = ""
        done = 0
        for part in s.execute(stmt.order_by(t.c.pk)).mappings().partitions(chunk):
            if cancelled is not None and cancelled():
                raise IzsaError("export_cancelled")
            for m in part:
                if q.uuids is not None and m["uuid"] not in wanted:
                    continue
                if q.goal is not None and q.goal not in (m["sdg_goals"] or ()):
                    continue
                if q.theme and q.theme not in (m["who_themes"] or ()):
                    continue
                if plan and not row_matches(plan, " " + (m["search_text"] or "")):
                    continue
                out.append(_project(m))
                up = m["updated_at"] or ""
                if up > newest:
                    newest = up
            done += len(part)
            if progress is not None:
                progress(done, max(total, done))
    out.sort(key=lambda p: (sort_key(tx.district_name(p.district)), sort_key(p.title_tr)))
    return Selection(out, newest[:10], q)


def today() -> str:
    return date.today().isoformat()
