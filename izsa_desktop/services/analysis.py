"""Gap analysis: aggregate counts of projects by district, SDG goal/target, WHO theme, target group,
start year and status. One GROUP BY per question over ``project_tag`` (SQLAlchemy Core, so the same
SQL runs on SQLite and PostgreSQL). Counts are of live (not deleted) projects unless asked otherwise.
"""

from __future__ import annotations

from collections import Counter
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


def _goal_queries(district: str | None, goal: int | None, include_deleted: bool):
    """(district, comma-joined goal values of its projects) and (district, project count) queries.

    The plan on SQLite (tests/services/test_analysis.py checks it) walks the covering index
    ``project(district, deleted, pk)`` and seeks ``project_tag(kind, project_pk, value)`` per project,
    both from indexes only; the rows come in district order, so the GROUP BY needs no temporary
    b-tree (grouping by district *and* value sorted 288k rows: half the time at 100k projects), and
    Python counts the few strings. ``coalesce('goal', district)`` is 'goal' but names the project, so
    SQLite cannot drive the join from project_tag (the sorted plan); PostgreSQL folds it to the
    constant and hash-joins."""
    kind = func.coalesce("goal", ProjectRow.district)
    q = (
        select(ProjectRow.district, func.aggregate_strings(ProjectTag.value, ","))
        .select_from(ProjectRow)
        .join(ProjectTag, and_(ProjectTag.project_pk == ProjectRow.pk, ProjectTag.kind == kind))
        .group_by(ProjectRow.district)
    )
    t = select(ProjectRow.district, func.count()).group_by(ProjectRow.district)
    q, t = _live(q, include_deleted), _live(t, include_deleted)
    if district is not None:
        q, t = q.where(ProjectRow.district == district), t.where(ProjectRow.district == district)
    if goal is not None:
        q = q.where(ProjectTag.value == str(int(goal)))
    return q, t


def district_goal_matrix(ws, *, district: str | None = None, goal: int | None = None,
                         include_deleted: bool = False) -> GapMatrix:
    """The District x SDG matrix; ``district``/``goal`` restrict it to one row/column. One query for
    the cells and one for the district totals, whatever the size of the matrix."""
    districts = tx.district_ids() if district is None else (district,)
    goals = GOALS if goal is None else (int(goal),)
    wanted = {str(g): g for g in goals}
    counts: dict[tuple[str, int], int] = {}
    with ws.session() as s:
        q, t = _goal_queries(district, goal, include_deleted)
        lists, totals = s.execute(q).all(), s.execute(t).all()
    by_district = {d: 0 for d in districts}
    for d, n in totals:
        if d in by_district:
            by_district[d] = int(n)
    for d, joined in lists:
        if d not in by_district or not joined:
            continue
        for v, n in Counter(joined.split(",")).items():
            g = wanted.get(v)
            if g is None and (g := _int(v)) not in goals:  # a non-canonical spelling such as "07"
                continue
            counts[(d, g)] = counts.get((d, g), 0) + n
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
