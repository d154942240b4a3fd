"""Typed coordinates and offline place search for the location picker (no Qt).

Turkish users type decimal commas ("38,42"); people also paste "lon, lat" when "lat, lon" is asked.
Place search matches neighbourhood (mahalle) and district names accent- and case-insensitively with
``core.text.fold`` ("kazimdirik" finds "Kazımdirik", "IZMIR" finds "İzmir").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from izsa_desktop.core import taxonomy
from izsa_desktop.core.text import fold, sort_key

_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def parse_coordinate(text: str) -> float | None:
    """A decimal degree from "38.42", "38,42", " -0,5 " (None when it is not a plain number)."""
    t = text.strip().replace(" ", "").replace("°", "")
    if not _NUMBER.match(t):
        return None
    return float(t.replace(",", "."))


def parse_pair(text: str) -> tuple[float, float] | None:
    """"38.42, 27.14" / "38,42 27,14" / "38,42;27,14" -> (38.42, 27.14); None if not two numbers."""
    t = text.strip()
    for sep in (";", "\t", " ", ", ", "/"):
        parts = [p for p in t.split(sep) if p.strip()]
        if len(parts) == 2:
            a, b = parse_coordinate(parts[0].strip(" ,")), parse_coordinate(parts[1].strip(" ,"))
            if a is not None and b is not None:
                return a, b
    parts = t.split(",")
    if len(parts) == 2 and all(p.strip().replace(".", "", 1).lstrip("+-").isdigit() for p in parts):
        return float(parts[0]), float(parts[1])
    return None


def valid_lat_lon(lat: float, lon: float) -> bool:
    return -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


def in_izmir_bbox(lat: float, lon: float) -> bool:
    x0, y0, x1, y1 = taxonomy.province().bbox
    return x0 <= lon <= x1 and y0 <= lat <= y1


def looks_swapped(lat: float, lon: float) -> bool:
    """True when the pair lies outside İzmir but would lie inside with latitude and longitude swapped."""
    return not in_izmir_bbox(lat, lon) and in_izmir_bbox(lon, lat)


def snap_point(precision: str, lat: float, lon: float, district: str | None) -> tuple[float, float]:
    """Where a point of this precision is stored: "district" snaps to the district's label point."""
    if precision == "district":
        code = district if district and district != taxonomy.METROPOLITAN else taxonomy.district_at(lon, lat)
        d = taxonomy.districts_by_id().get(code or "")
        if d is not None:
            return d.label_point[1], d.label_point[0]
    return lat, lon


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # "district" | "mahalle"
    name: str
    district: str  # district code
    lat: float
    lon: float
    bbox: tuple[float, float, float, float] | None = None  # districts only

    @property
    def label(self) -> str:
        if self.kind == "district":
            return self.name
        return f"{self.name}, {taxonomy.district_name(self.district)}"


@cache
def _places() -> tuple[tuple[str, Place], ...]:
    out: list[tuple[str, Place]] = []
    for d in taxonomy.districts():
        out.append((fold(d.name), Place("district", d.name, d.id, d.label_point[1], d.label_point[0], d.bbox)))
    for m in taxonomy.mahalleler():
        if m["lat"] is None or m["lon"] is None:
            continue
        p = Place("mahalle", m["name"], m["district"], float(m["lat"]), float(m["lon"]))
        out.append((fold(f"{m['name']} {taxonomy.district_name(m['district'])}"), p))
    return tuple(out)


def search_places(query: str, limit: int = 12) -> list[Place]:
    """Districts and neighbourhoods whose folded names contain every folded word of ``query``.

    Names starting with the query rank first, districts before neighbourhoods, then Turkish order.
    """
    words = fold(query).split()
    if not words:
        return []
    hits = []
    for key, place in _places():
        if all(w in key for w in words):
            starts = key.startswith(words[0]) or fold(place.name).startswith(" ".join(words))
            hits.append(((not starts, place.kind != "district", sort_key(place.name)), place))
    hits.sort(key=lambda h: h[0])
    return [p for _, p in hits[:limit]]
