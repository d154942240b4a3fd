"""Overview map input rows and their compact JSON payload (no Qt).

The host gives ``OverviewMapWidget.set_projects`` plain dicts or ``MapProject`` values with
``id, title, district, lat, lon, sdg_primary, sdg_goals``. Rows without coordinates are skipped (the
map cannot place them); the payload is columnar so 100k rows cross the web channel quickly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class MapProject:
    id: str
    title: str
    district: str  # district code (taxonomy.district_ids()), "izmir" for the metropolitan municipality
    lat: float | None
    lon: float | None
    sdg_primary: int | None = None  # 1..17; colours the point
    sdg_goals: tuple[int, ...] = ()  # all goals, shown as badges; used by the per-SDG choropleth

    @classmethod
    def of(cls, row: MapProject | Mapping[str, Any]) -> MapProject:
        if isinstance(row, MapProject):
            return row
        goals = tuple(int(g) for g in (row.get("sdg_goals") or ()))
        primary = row.get("sdg_primary")
        return cls(
            id=str(row["id"]),
            title=str(row.get("title") or ""),
            district=str(row.get("district") or ""),
            lat=None if row.get("lat") is None else float(row["lat"]),
            lon=None if row.get("lon") is None else float(row["lon"]),
            sdg_primary=None if primary in (None, "") else int(primary),
            sdg_goals=goals,
        )


def normalise(rows: Iterable[MapProject | Mapping[str, Any]]) -> list[MapProject]:
    """Rows as ``MapProject``, keeping only those with coordinates."""
    out = []
    for r in rows:
        p = MapProject.of(r)
        if p.lat is not None and p.lon is not None:
            out.append(p)
    return out


def payload(projects: list[MapProject]) -> dict[str, list]:
    """Columnar data for the overview page (``primary`` 0 means no SDG)."""
    return {
        "id": [p.id for p in projects],
        "title": [p.title for p in projects],
        "district": [p.district for p in projects],
        "lat": [round(p.lat, 6) for p in projects if p.lat is not None],
        "lon": [round(p.lon, 6) for p in projects if p.lon is not None],
        "primary": [p.sdg_primary or 0 for p in projects],
        "goals": [list(p.sdg_goals) for p in projects],
    }


def district_counts(projects: Iterable[MapProject], visible: set[str] | None = None,
                    goal: int | None = None) -> dict[str, int]:
    """Projects per district code, as the choropleth shows them (visible ones, optionally one SDG)."""
    c: Counter[str] = Counter()
    for p in projects:
        if visible is not None and p.id not in visible:
            continue
        if goal is not None and goal not in p.sdg_goals:
            continue
        c[p.district] += 1
    return dict(c)
