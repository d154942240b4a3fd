"""The picker's extra sites and area ({"sites": [[lat, lon]], "polygon": [[lat, lon]] | None}) to and
from the record's GeoJSON ``geometry`` (a GeometryCollection of a MultiPoint and a Polygon, lon/lat).

``read_geometry`` takes any JSON value (a record from an older workspace, or one that slipped past the
bundle checks): what it cannot read gives no shapes and a problem, never an exception."""

from __future__ import annotations

import math
from typing import Any


def shapes_to_geometry(shapes: dict[str, Any]) -> dict[str, Any] | None:
    parts: list[dict[str, Any]] = []
    sites = [[float(lon), float(lat)] for lat, lon in shapes.get("sites") or []]
    if sites:
        parts.append({"type": "MultiPoint", "coordinates": sites})
    ring = [[float(lon), float(lat)] for lat, lon in shapes.get("polygon") or []]
    if len(ring) >= 3:
        if ring[0] != ring[-1]:
            ring.append(list(ring[0]))
        parts.append({"type": "Polygon", "coordinates": [ring]})
    return {"type": "GeometryCollection", "geometries": parts} if parts else None


class _Unreadable(Exception):
    pass


def _number(v: object) -> float:
    if type(v) not in (int, float) or not math.isfinite(v):  # type: ignore[arg-type]  # bool is not a number
        raise _Unreadable
    return float(v)  # type: ignore[arg-type]


def _lat_lon(pos: object) -> list[float]:
    """A GeoJSON position [lon, lat, (alt)] as [lat, lon]."""
    if type(pos) is not list or not 2 <= len(pos) <= 3:
        raise _Unreadable
    lon, lat = _number(pos[0]), _number(pos[1])
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise _Unreadable
    return [lat, lon]


def _positions(v: object) -> list[list[float]]:
    if type(v) is not list:
        raise _Unreadable
    return [_lat_lon(pos) for pos in v]


def _read(geometry: object) -> dict[str, Any]:
    sites: list[list[float]] = []
    polygon: list[list[float]] | None = None
    if type(geometry) is not dict:
        raise _Unreadable
    if geometry.get("type") == "GeometryCollection":
        parts = geometry.get("geometries")
        if type(parts) is not list:
            raise _Unreadable
    else:
        parts = [geometry]
    for g in parts:
        if type(g) is not dict:
            raise _Unreadable
        kind, coords = g.get("type"), g.get("coordinates")
        if kind == "Point":
            sites.append(_lat_lon(coords))
        elif kind == "MultiPoint":
            sites.extend(_positions(coords))
        elif kind == "Polygon":
            if type(coords) is not list or not coords:
                raise _Unreadable
            ring = _positions(coords[0])
            if polygon is None:
                polygon = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
        else:
            raise _Unreadable  # a kind the form cannot show: not silently dropped
    return {"sites": sites, "polygon": polygon}


def read_geometry(geometry: object) -> tuple[dict[str, Any], bool]:
    """(shapes, readable): the shapes in ``geometry`` (None/empty: no shapes, readable); for anything
    the form cannot show exactly, no shapes and ``readable`` False. Never raises."""
    if geometry is None or geometry == {}:
        return {"sites": [], "polygon": None}, True
    try:
        return _read(geometry), True
    except (_Unreadable, RecursionError):
        return {"sites": [], "polygon": None}, False


def geometry_to_shapes(geometry: object) -> dict[str, Any]:
    """The shapes in ``geometry``; none when it cannot be read (see ``read_geometry``)."""
    return read_geometry(geometry)[0]
