"""Gaps in the project inventory, as structured findings the UI and CLI turn into sentences.

* per district: no project at all, or SDG goals with no project and with fewer than ``threshold``;
* districts with few projects (below a quarter of the median district);
* SDG targets nobody works on (city-wide, grouped by goal) among goals that have projects;
* WHO Healthy Cities themes nobody covers (city-wide, or in a district).

A district office's workspace holds its own projects and central copies of others': its findings are
about its own district (plus the city-wide ones over everything it holds).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from ..core import taxonomy as tx
from . import analysis

DEFAULT_THRESHOLD = 2


@dataclass(frozen=True)
class Gap:
    kind: str  # district_goals | district_empty | district_few | targets_none | theme_none | district_themes
    district: str = ""
    goal: int | None = None
    goals_none: tuple[int, ...] = ()
    goals_few: tuple[int, ...] = ()
    targets: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    count: int = 0
    limit: float = 0.0

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in ("", (), None)}


@dataclass(frozen=True)
class GapReport:
    matrix: analysis.GapMatrix
    themes: dict[str, int]
    groups: dict[str, int]
    years: dict[tuple[int | None, str], int]
    threshold: int
    gaps: list[Gap] = field(default_factory=list)


def analyse(ws, threshold: int = DEFAULT_THRESHOLD, progress=None, cancelled=None) -> GapReport:
    """Everything the Insights dashboard shows (Runner-compatible signature)."""
    own = ws.identity.district if ws.identity.role == "district" else None
    matrix = analysis.district_goal_matrix(ws)
    themes = analysis.theme_coverage(ws)
    report = GapReport(matrix, themes, analysis.target_group_coverage(ws), analysis.by_start_year_and_status(ws),
                       threshold)
    report.gaps.extend(find_gaps(ws, matrix, themes, threshold, own))
    return report


def find_gaps(ws, matrix: analysis.GapMatrix, themes: dict[str, int], threshold: int = DEFAULT_THRESHOLD,
              only_district: str | None = None) -> list[Gap]:
    gaps: list[Gap] = []
    districts = [d for d in matrix.districts if only_district in (None, d)]
    for d in districts:
        if matrix.totals_by_district[d] == 0:
            if d != tx.METROPOLITAN or only_district:  # the metropolitan office may have none of its own
                gaps.append(Gap("district_empty", district=d))
            continue
        none = tuple(g for g in matrix.goals if matrix.count(d, g) == 0)
        few = tuple(g for g in matrix.goals if 0 < matrix.count(d, g) < threshold)
        if none or few:
            gaps.append(Gap("district_goals", district=d, goals_none=none, goals_few=few, limit=threshold))
    real = [matrix.totals_by_district[d] for d in matrix.districts if d != tx.METROPOLITAN]
    median = statistics.median(real) if real else 0
    if median > 0:
        for d in districts:
            n = matrix.totals_by_district[d]
            if d != tx.METROPOLITAN and 0 < n < median / 4:  # none at all: named as empty above
                gaps.append(Gap("district_few", district=d, count=n, limit=median / 4))
    targets = analysis._tag_counts(ws, "target", only_district)
    for g in matrix.goals:
        if (matrix.totals_by_goal[g] if only_district is None else matrix.count(only_district, g)) == 0:
            continue  # the goal itself is already named
        missing = tuple(t.id for t in tx.targets_of(g) if targets.get(t.id, 0) == 0)
        if missing:
            gaps.append(Gap("targets_none", district=only_district or "", goal=g, targets=missing))
    if only_district is None:
        nobody = tuple(k for k, n in themes.items() if n == 0)
        if nobody:
            gaps.append(Gap("theme_none", themes=nobody))
        by_d = analysis.theme_by_district(ws)
        for d in districts:
            if matrix.totals_by_district[d] == 0:
                continue
            miss = tuple(k for k in tx.themes() if by_d.get((d, k), 0) == 0)
            if miss and len(miss) < len(tx.themes()):
                gaps.append(Gap("district_themes", district=d, themes=miss))
    else:
        own = analysis.theme_coverage(ws, only_district)
        miss = tuple(k for k, n in own.items() if n == 0)
        if miss:
            gaps.append(Gap("district_themes", district=only_district, themes=miss))
    return gaps
