"""Reference taxonomies: SDG goals and targets, WHO Healthy Cities themes, İzmir districts,
and the controlled lists (status, target groups, location precision ...).

Data comes from ``resources/data`` (copied from the shared reference data, see its SOURCES.md).
Codes are stored; words are the UI's job (controlled lists) or come from the data file (names).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from .geo import Polygon, point_in_polygon, polygons_of
from .paths import data_file
from .text import fold, sort_key

METROPOLITAN = "izmir"  # the metropolitan municipality itself, recorded like a 31st "district"

STATUSES = ("planned", "ongoing", "completed", "suspended", "cancelled")
PRECISIONS = ("exact", "neighbourhood", "district", "city", "multi_district")
LOCATION_METHODS = ("map_click", "typed", "place_search", "district_default", "imported")
TARGET_GROUPS = (
    "children", "youth", "women", "elderly", "disabled", "migrants", "low_income",
    "farmers", "students", "businesses", "ngos", "general_public",
)
REVIEW_STATES = ("draft", "submitted", "approved", "needs_changes")
VISIBILITIES = ("public", "internal")
FUNDING_SOURCES = ("own_budget", "eu", "development_agency", "ministry", "private", "other")
PARTNER_ROLES = ("funding", "implementing", "accountable")
PARTNER_TYPES = ("public", "ngo", "private", "academic", "international", "other")
END_KINDS = ("planned", "actual", "ongoing")


@dataclass(frozen=True, slots=True)
class Goal:
    number: int
    name_en: str
    name_tr: str
    title_en: str
    color: str  # "#RRGGBB"

    def name(self, lang: str) -> str:
        return self.name_tr if lang == "tr" else self.name_en


@dataclass(frozen=True, slots=True)
class Target:
    id: str
    goal: int
    text_en: str
    text_tr_unofficial: str


@dataclass(frozen=True, slots=True)
class Theme:
    key: str
    order: int
    name_en: str
    name_tr: str
    full_name_en: str
    full_name_tr: str

    def name(self, lang: str) -> str:
        return self.name_tr if lang == "tr" else self.name_en


@dataclass(frozen=True, slots=True)
class District:
    id: str  # ascii slug, e.g. "karsiyaka"; "izmir" for the metropolitan municipality
    name: str  # official Turkish name
    label_point: tuple[float, float]  # lon, lat, inside the polygon
    bbox: tuple[float, float, float, float]
    polygons: tuple[Polygon, ...]
    area_km2: float

    def contains(self, lon: float, lat: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        return any(point_in_polygon(lon, lat, p) for p in self.polygons)


def _load(name: str) -> dict | list:
    with open(data_file(name), encoding="utf-8") as fh:
        return json.load(fh)


@cache
def goals() -> dict[int, Goal]:
    data = _load("sdg_goals.json")
    assert isinstance(data, dict)
    return {
        g["number"]: Goal(g["number"], g["name_en"], g["name_tr"], g["title_en"], g["color_hex"])
        for g in data["goals"]
    }


@cache
def targets() -> dict[str, Target]:
    data = _load("sdg_targets.json")
    assert isinstance(data, dict)
    return {
        t["id"]: Target(t["id"], t["goal"], t["text_en"], t["text_tr_unofficial"]) for t in data["targets"]
    }


def targets_of(goal: int) -> list[Target]:
    return [t for t in targets().values() if t.goal == goal]


@cache
def themes() -> dict[str, Theme]:
    data = _load("who_healthy_cities_themes.json")
    assert isinstance(data, dict)
    return {
        t["key"]: Theme(t["key"], t["order"], t["name_en"], t["name_tr"], t["full_name_en"], t["full_name_tr"])
        for t in sorted(data["themes"], key=lambda t: t["order"])
    }


@cache
def _districts() -> tuple[District, ...]:
    data = _load("izmir_districts.geojson")
    assert isinstance(data, dict)
    out = []
    for f in data["features"]:
        p = f["properties"]
        out.append(
            District(
                id=f["id"],
                name=p["name"],
                label_point=tuple(p["label_point"]),  # type: ignore[arg-type]
                bbox=tuple(p["bbox"]),  # type: ignore[arg-type]
                polygons=tuple(polygons_of(f["geometry"])),
                area_km2=float(p["area_km2"]),
            )
        )
    out.sort(key=lambda d: sort_key(d.name))
    return tuple(out)


@cache
def province() -> District:
    data = _load("izmir_province.geojson")
    assert isinstance(data, dict)
    f = data["features"][0]
    p = f["properties"]
    return District(
        id=METROPOLITAN,
        name=p["name"],
        label_point=tuple(p["label_point"]),  # type: ignore[arg-type]
        bbox=tuple(p["bbox"]),  # type: ignore[arg-type]
        polygons=tuple(polygons_of(f["geometry"])),
        area_km2=float(p["area_km2"]),
    )


def districts() -> tuple[District, ...]:
    """The 30 districts in Turkish alphabetical order."""
    return _districts()


@cache
def districts_by_id() -> dict[str, District]:
    d = {x.id: x for x in _districts()}
    d[METROPOLITAN] = province()
    return d


def district_ids() -> tuple[str, ...]:
    """All valid district codes: the 30 districts, then the metropolitan municipality."""
    return tuple(d.id for d in _districts()) + (METROPOLITAN,)


def district_name(district_id: str) -> str:
    d = districts_by_id().get(district_id)
    return d.name if d else district_id


def resolve_district(text: str) -> str | None:
    """A district code from a code, a name or an ASCII spelling ("Karsiyaka", "KARŞIYAKA")."""
    key = fold(text.strip())
    for d in districts_by_id().values():
        if key in (d.id, fold(d.name)):
            return d.id
    if key in ("izmir buyuksehir", "buyuksehir", "metropolitan"):
        return METROPOLITAN
    return None


def district_at(lon: float, lat: float) -> str | None:
    """Which of the 30 districts contains the point (None outside İzmir)."""
    for d in _districts():
        if d.contains(lon, lat):
            return d.id
    return None


@cache
def mahalleler() -> list[dict]:
    """Neighbourhoods of İzmir (name, district code, lat/lon or None, population)."""
    try:
        data = _load("izmir_mahalle.json")
    except FileNotFoundError:
        return []
    by_name = {d.name: d.id for d in _districts()}
    out = []
    assert isinstance(data, list)
    for m in data:
        out.append(
            {
                "name": m["name"],
                "district": by_name.get(m["district"], m["district"]),
                "lat": m.get("lat"),
                "lon": m.get("lon"),
                "population": m.get("population"),
            }
        )
    return out
