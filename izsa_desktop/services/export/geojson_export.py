"""GeoJSON export (RFC 7946): a FeatureCollection of Points in lon/lat order (WGS 84, no ``crs`` member),
coordinates rounded to 6 decimals (~0.1 m), properties named for people in the chosen language.
Projects without coordinates are skipped and counted (``ExportResult.skipped``). Budgets: one property
per currency, as in the CSV. With personal data the file is owner-only (0600).
"""

from __future__ import annotations

import json
import math
import os
from datetime import date
from typing import Any

from ...core.errors import IzsaError
from . import rows
from .atomic import atomic_text
from .query import Cancelled, Progress, Selection
from .result import ExportResult

_SKIP = frozenset({"lat", "lon"})


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def write_geojson(sel: Selection, out: str | os.PathLike[str], *, lang: str = "tr",
                  include_personal: bool = False, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> ExportResult:
    cols = [c for c in rows.columns(include_personal, rows.currencies(sel.projects)) if c not in _SKIP]
    heads = rows.headers(cols, lang)
    make = rows.row_function(cols, lang)
    total = len(sel.projects)
    written = skipped = 0
    with atomic_text(out, encoding="utf-8", private=include_personal) as fh:
        fh.write('{"type":"FeatureCollection","features":[\n')
        for i, p in enumerate(sel.projects, 1):
            if p.lat is None or p.lon is None or not (math.isfinite(p.lat) and math.isfinite(p.lon)):
                skipped += 1
                continue
            props = {h: _jsonable(v) for h, v in zip(heads, make(p), strict=True)}
            feat = {"type": "Feature", "id": p.id,
                    "geometry": {"type": "Point", "coordinates": [round(p.lon, 6), round(p.lat, 6)]},
                    "properties": props}
            fh.write((",\n" if written else "") + json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
            written += 1
            if i % 2000 == 0:
                if cancelled is not None and cancelled():
                    raise IzsaError("export_cancelled")
                if progress is not None:
                    progress(i, total)
        fh.write("\n]}\n")
        if cancelled is not None and cancelled():
            raise IzsaError("export_cancelled")
    if progress is not None:
        progress(total, total)
    return ExportResult(str(out), "geojson", written, skipped)
