"""The picker's extra sites and area ({"sites": [[lat, lon]], "polygon": [[lat, lon]] | None}) to and
from the record's GeoJSON ``geometry`` (a GeometryCollection of a MultiPoint and a Polygon, lon/lat)."""

from __future__ import annotations

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


def geometry_to_shapes(geometry: dict[str, Any] | None) -> dict[str, Any]:
    sites: list[list[float]] = []
    polygon: list[list[float]] | None = None
    if not geometry:
        return {"sites": sites, "polygon": polygon}
    parts = geometry.get("geometries", []) if geometry.get("type") == "GeometryCollection" else [geometry]
    for g in parts:
        if g.get("type") == "Point":
            lon, lat = g["coordinates"][:2]
            sites.append([lat, lon])
        elif g.get("type") == "MultiPoint":
            sites.extend([lat, lon] for lon, lat, *_ in g["coordinates"])
        elif g.get("type") == "Polygon" and polygon is None and g["coordinates"]:
            ring = [[lat, lon] for lon, lat, *_ in g["coordinates"][0]]
            polygon = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
    return {"sites": sites, "polygon": polygon}
