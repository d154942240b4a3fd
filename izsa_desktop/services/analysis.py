"""Gap analysis: aggregate counts of projects by district, SDG goal/target, WHO theme, target group,
start year and status. One GROUP BY per question over ``project_tag`` (SQLAlchemy Core, so the same
SQL runs on SQLite and PostgreSQL). Counts are of live (not deleted) projects unless asked otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select

from ..core import taxonomy as tx
from ..store.models import ProjectRow, ProjectTag

GOALS: tuple[int, ...] = tuple(range(1, 18))


@dataclass(frozen=True)
class GapMatrix:
    """Live projects per (district, SDG goal). A project with several goals counts once per goal."""

    districts: tuple[str, ...]
    goals: tuple[int, ...]
    counts: dict[tuple[str, int], int]
    totals_by_district: dict[str, int]  # distinct projects per district (not the row sum)
    totals_by_goal: dict[int, int]
    total_projects: int

    def count(self, district: str, goal: int) -> int:
        return self.counts.get((district, goal), 0)


def _live(q, include_deleted: bool = False):
    return q if include_deleted else q.where(ProjectRow.deleted.is_(False))


def _int(v: str) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _goal_counts(s, district: str | None, goal: int | None, pks: list[int] | None = None):
    """(district, goal value, count) over all projects, or over the projects ``pks`` only.

    ``kind || ''`` keeps SQLite from driving the join by the (kind, value) index (which reads 300k
    project rows at random); the plan then walks project.district's covering index and seeks the
    project_tag key, with no temporary table. PostgreSQL plans a hash join either way."""
    kind = ProjectTag.kind.concat("") if pks is None else ProjectTag.kind
    q = (
        select(ProjectRow.district, ProjectTag.value, func.count())
        .select_from(ProjectRow)
        .join(ProjectTag, and_(ProjectTag.project_pk == ProjectRow.pk, kind == "goal"))
        .group_by(ProjectRow.district, ProjectTag.value)
    )
    t = select(ProjectRow.district, func.count()).group_by(ProjectRow.district)
    if pks is not None:
        q, t = q.where(ProjectRow.pk.in_(pks)), t.where(ProjectRow.pk.in_(pks))
    if district is not None:
        q, t = q.where(ProjectRow.district == district), t.where(ProjectRow.district == district)
    if goal is not None:
        q = q.where(ProjectTag.value == str(int(goal)))
    return s.execute(q).all() + [(d, None, n) for d, n in s.execute(t)]


def district_goal_matrix(ws, *, district: str | None = None, goal: int | None = None,
                         include_deleted: bool = False) -> GapMatrix:
    """The District x SDG matrix; ``district``/``goal`` restrict it to one row/column.

    Live counts are all counts minus the deleted projects' counts: the deleted ones are few, and the
    unfiltered GROUP BY runs on covering indexes only, whereas filtering ``deleted`` in the same query
    reads every wide project row (2-3x slower on SQLite at 100k projects)."""
    districts = tx.district_ids() if district is None else (district,)
    goals = GOALS if goal is None else (int(goal),)
    counts: dict[tuple[str, int], int] = {}
    by_district = {d: 0 for d in districts}
    with ws.session() as s:
        passes = [(None, 1)]
        if not include_deleted:
            dead = list(s.execute(select(ProjectRow.pk).where(ProjectRow.deleted == True)).scalars())  # noqa: E712
            passes += [(dead[i : i + 900], -1) for i in range(0, len(dead), 900)]
        for pks, sign in passes:
            for d, v, n in _goal_counts(s, district, goal, pks):
                if d not in by_district:
                    continue
                if v is None:
                    by_district[d] += sign * int(n)
                elif (g := _int(v)) in goals:
                    counts[(d, g)] = counts.get((d, g), 0) + sign * int(n)
    counts = {k: v for k, v in counts.items() if v}
    by_goal = {g: sum(counts.get((d, g), 0) for d in districts) for g in goals}
    if goal is not None:  # restricted to a column: a district's total is its projects with that goal
        by_district = {d: counts.get((d, goals[0]), 0) for d in districts}
    return GapMatrix(districts, goals, counts, by_district, by_goal, sum(by_district.values()))


def _tag_counts(ws, kind: str, district: str | None = None) -> dict[str, int]:
    q = (
        select(ProjectTag.value, func.count())
        .select_from(ProjectTag)
        .join(ProjectRow, ProjectRow.pk == ProjectTag.project_pk)
        .where(ProjectTag.kind == kind, ProjectRow.deleted.is_(False))
        .group_by(ProjectTag.value)
    )
    if district is not None:
        q = q.where(ProjectRow.district == district)
    with ws.session() as s:
        return {str(v): int(n) for v, n in s.execute(q)}


def _tag_by_district(ws, kind: str) -> dict[tuple[str, str], int]:
    q = (
        select(ProjectRow.district, ProjectTag.value, func.count())
        .select_from(ProjectTag)
        .join(ProjectRow, ProjectRow.pk == ProjectTag.project_pk)
        .where(ProjectTag.kind == kind, ProjectRow.deleted.is_(False))
        .group_by(ProjectRow.district, ProjectTag.value)
    )
    with ws.session() as s:
        return {(d, str(v)): int(n) for d, v, n in s.execute(q)}


def theme_coverage(ws, district: str | None = None) -> dict[str, int]:
    """Live projects per WHO Healthy Cities theme key, every theme present (0 when uncovered)."""
    got = _tag_counts(ws, "theme", district)
    return {k: got.get(k, 0) for k in tx.themes()}


def target_group_coverage(ws, district: str | None = None) -> dict[str, int]:
    """Live projects per target group, every group of TARGET_GROUPS present."""
    got = _tag_counts(ws, "group", district)
    return {k: got.get(k, 0) for k in tx.TARGET_GROUPS}


def theme_by_district(ws) -> dict[tuple[str, str], int]:
    return _tag_by_district(ws, "theme")


def target_by_district(ws) -> dict[tuple[str, str], int]:
    return _tag_by_district(ws, "target")


def target_counts(ws, goal: int, district: str | None = None) -> dict[str, int]:
    """Live projects per SDG target of ``goal`` (all of the goal's targets present)."""
    got = _tag_counts(ws, "target", district)
    return {t.id: got.get(t.id, 0) for t in tx.targets_of(int(goal))}


def by_start_year_and_status(ws, district: str | None = None) -> dict[tuple[int | None, str], int]:
    """Live projects per (start year or None when unknown, status)."""
    year = func.extract("year", ProjectRow.start_date) if ws.engine.dialect.name != "sqlite" else \
        func.strftime("%Y", ProjectRow.start_date)
    q = select(year, ProjectRow.status, func.count()).where(ProjectRow.deleted.is_(False)).group_by(
        year, ProjectRow.status)
    if district is not None:
        q = q.where(ProjectRow.district == district)
    out: dict[tuple[int | None, str], int] = {}
    with ws.session() as s:
        for y, st, n in s.execute(q):
            key = (None if y is None else int(y), str(st))
            out[key] = out.get(key, 0) + int(n)
    return out
