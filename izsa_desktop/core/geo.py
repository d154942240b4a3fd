"""Plain-Python planar geometry on WGS84 lon/lat: enough for point-in-district checks."""

from __future__ import annotations

import math
from collections.abc import Sequence

Ring = Sequence[Sequence[float]]
Polygon = Sequence[Ring]  # outer ring first, then holes


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_polygon(x: float, y: float, polygon: Polygon) -> bool:
    if not polygon or not _in_ring(x, y, polygon[0]):
        return False
    return not any(_in_ring(x, y, hole) for hole in polygon[1:])


def polygons_of(geometry: dict) -> list[Polygon]:
    """The polygons of a GeoJSON Polygon or MultiPolygon geometry."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["coordinates"])
    raise ValueError(f"not a polygon geometry: {geometry['type']}")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


# -- the record's own ``geometry`` (extra sites / project area) ------------------------------------
# Exactly the GeoJSON the application writes and reads back (ui/form/geometry.py, map/picker.py via
# map/inbox.py): a Point, a MultiPoint (extra sites), a Polygon of ONE closed ring (the project area), or
# a GeometryCollection of those with at most one member of each type. Positions are [lon, lat], two
# finite numbers in range. Sizes follow the picker's caps (map/inbox.py: 200 sites, 5,000 corners).
GEOMETRY_MAX_SITES = 200
GEOMETRY_MAX_CORNERS = 5000  # a closed ring repeats the first corner: at most 5,001 positions
_MEMBER_TYPES = ("Point", "MultiPoint", "Polygon")


def _position_ok(v: object) -> bool:
    if type(v) is not list or len(v) != 2:
        return False
    lon, lat = v
    if type(lon) not in (int, float) or type(lat) not in (int, float):  # bool is not a number here
        return False
    return math.isfinite(lon) and math.isfinite(lat) and -180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0


def _member_ok(g: object) -> bool:
    if type(g) is not dict or g.keys() != {"type", "coordinates"}:
        return False
    kind, c = g["type"], g["coordinates"]
    if kind == "Point":
        return _position_ok(c)
    if kind == "MultiPoint":
        return type(c) is list and 1 <= len(c) <= GEOMETRY_MAX_SITES and all(_position_ok(p) for p in c)
    if kind == "Polygon":
        if type(c) is not list or len(c) != 1 or type(c[0]) is not list:
            return False
        ring = c[0]
        return (4 <= len(ring) <= GEOMETRY_MAX_CORNERS + 1 and all(_position_ok(p) for p in ring)
                and ring[0] == ring[-1])
    return False


def geometry_ok(g: object) -> bool:
    """True for None or one of the shapes above; anything else (wrong types, nesting, NaN, out of range,
    oversized, unknown keys) is False. Never raises."""
    if g is None:
        return True
    if type(g) is not dict:
        return False
    if g.get("type") != "GeometryCollection":
        return _member_ok(g)
    if g.keys() != {"type", "geometries"}:
        return False
    parts = g["geometries"]
    if type(parts) is not list or not 1 <= len(parts) <= len(_MEMBER_TYPES):
        return False
    if not all(_member_ok(p) for p in parts):
        return False
    kinds = [p["type"] for p in parts]
    return len(set(kinds)) == len(kinds)
