"""The numbers behind the report: the District × SDG matrix, WHO theme coverage and start year × status.

For a plain selection (all projects, or one district / one goal) they come from ``services.analysis``
(aggregate SQL over the whole store); for a narrower selection (text, status, theme or a UUID list, as
from the list's filter) the same ``GapMatrix`` is filled from the selected projects so that the figures
always describe exactly the projects listed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ....core import taxonomy as tx
from ... import analysis
from ..query import Selection


@dataclass(frozen=True)
class Figures:
    matrix: analysis.GapMatrix
    themes: dict[str, int]
    years: dict[tuple[int | None, str], int]


def from_selection(sel: Selection) -> Figures:
    districts = (sel.query.district,) if sel.query.district else tx.district_ids()
    goals = (sel.query.goal,) if sel.query.goal else analysis.GOALS
    counts: Counter[tuple[str, int]] = Counter()
    by_district: Counter[str] = Counter()
    themes: Counter[str] = Counter()
    years: Counter[tuple[int | None, str]] = Counter()
    for p in sel.projects:
        by_district[p.district] += 1
        for g in set(p.sdg_goals):
            if g in goals:
                counts[(p.district, g)] += 1
        themes.update(set(p.who_themes))
        years[(p.start_date.year if p.start_date else None, p.status)] += 1
    totals_d = {d: by_district.get(d, 0) for d in districts}
    totals_g = {g: sum(counts.get((d, g), 0) for d in districts) for g in goals}
    matrix = analysis.GapMatrix(tuple(districts), tuple(goals), dict(counts), totals_d, totals_g,
                                sum(totals_d.values()))
    return Figures(matrix, {k: themes.get(k, 0) for k in tx.themes()}, dict(years))


def figures(ws, sel: Selection) -> Figures:  # type: ignore[no-untyped-def]
    q = sel.query
    if not q.is_plain:
        return from_selection(sel)
    return Figures(
        analysis.district_goal_matrix(ws, district=q.district, goal=q.goal),
        analysis.theme_coverage(ws, q.district),
        analysis.by_start_year_and_status(ws, q.district),
    ) if q.goal is None else from_selection(sel)
