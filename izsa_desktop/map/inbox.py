"""What a map page may tell Python, checked before anything acts on it (no Qt).

A page's messages arrive as JSON text over the web channel. Each page kind has its own allow-list: a
message ``type`` maps to a validator that returns a clean dict (only the known fields, with checked
types and ranges) or ``None`` to refuse it. Anything else — unknown types, wrong types, NaN, ids the
widget never sent, basemap keys it never offered, oversized payloads — is refused. A page that has been
subverted can therefore say no more than the page's own code says.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Mapping
from typing import Any

Validator = Callable[[dict], "dict | None"]

MAX_TEXT = 1 << 20  # 1 MiB of JSON per message (a drawn polygon is a few kB)
MAX_SITES = 200
MAX_POLYGON = 5000


def parse(text: object) -> dict | None:
    """The message as a dict with a string ``type``, or None."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        return None
    try:
        msg = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(msg, dict) or not isinstance(msg.get("type"), str):
        return None
    return msg


def number(v: object) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    f = float(v)
    return f if math.isfinite(f) else None


def lat_lon(v: object) -> tuple[float, float] | None:
    if not isinstance(v, (list, tuple)) or len(v) != 2:
        return None
    lat, lon = number(v[0]), number(v[1])
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _one_of(allowed: Callable[[], Collection[str]], field: str) -> Validator:
    def check(msg: dict) -> dict | None:
        value = msg.get(field)
        return {field: value} if isinstance(value, str) and value in allowed() else None

    return check


def _applied(whats: Collection[str]) -> Validator:
    def check(msg: dict) -> dict | None:
        what = msg.get("what")
        if not isinstance(what, str) or what not in whats:
            return None
        out: dict[str, Any] = {"what": what}
        for key in ("seq", "count", "visible"):
            v = msg.get(key)
            if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
                out[key] = v
        if "id" in msg and (msg["id"] is None or isinstance(msg["id"], str)):
            out["id"] = msg["id"]
        if isinstance(msg.get("mode"), str) and msg["mode"] in ("points", "choropleth"):
            out["mode"] = msg["mode"]
        counts = msg.get("counts")
        if isinstance(counts, dict) and all(isinstance(k, str) and isinstance(n, int) for k, n in counts.items()):
            out["counts"] = dict(counts)
        elif counts is None and "counts" in msg:
            out["counts"] = None
        return out

    return check


def error(msg: dict) -> dict | None:
    return {"message": str(msg.get("message", ""))[:500]}


def _point(msg: dict) -> dict | None:
    ll = lat_lon([msg.get("lat"), msg.get("lon")])
    if ll is None or msg.get("source") not in ("click", "drag"):
        return None
    return {"lat": ll[0], "lon": ll[1], "source": msg["source"]}


def _shapes(msg: dict) -> dict | None:
    sites, polygon = msg.get("sites"), msg.get("polygon")
    if not isinstance(sites, list) or len(sites) > MAX_SITES:
        return None
    clean_sites = [lat_lon(s) for s in sites]
    if any(s is None for s in clean_sites):
        return None
    clean_poly = None
    if polygon is not None:
        if not isinstance(polygon, list) or not 3 <= len(polygon) <= MAX_POLYGON:
            return None
        clean_poly = [lat_lon(p) for p in polygon]
        if any(p is None for p in clean_poly):
            return None
    return {"sites": [list(s) for s in clean_sites],  # type: ignore[arg-type]
            "polygon": None if clean_poly is None else [list(p) for p in clean_poly]}  # type: ignore[arg-type]


def picker_rules(basemap_keys: Callable[[], Collection[str]]) -> dict[str, Validator]:
    """The location picker page: a point (click/drag), drawn shapes, the chosen basemap."""
    return {"point": _point, "shapes": _shapes, "basemap": _one_of(basemap_keys, "key"),
            "applied": _applied({"setPoint", "flyTo", "fitBounds", "setShapes"}), "error": error}


def overview_rules(basemap_keys: Callable[[], Collection[str]],
                   project_ids: Callable[[], Collection[str]]) -> dict[str, Validator]:
    """The overview page: a project selected or opened (only ids it was sent), the chosen basemap."""
    return {"open": _one_of(project_ids, "id"), "selected": _one_of(project_ids, "id"),
            "basemap": _one_of(basemap_keys, "key"),
            "applied": _applied({"projects", "filter", "select", "mode"}), "error": error}


def check(rules: Mapping[str, Validator], msg: dict) -> dict | None:
    """The clean message (with its ``type``) if ``rules`` allow it, else None. ``ready`` is always allowed."""
    kind = msg.get("type")
    if kind == "ready":
        return {"type": "ready"}
    rule = rules.get(kind) if isinstance(kind, str) else None
    if rule is None:
        return None
    try:
        clean = rule(msg)
    except (TypeError, ValueError, OverflowError):
        return None
    return None if clean is None else {"type": kind, **clean}
