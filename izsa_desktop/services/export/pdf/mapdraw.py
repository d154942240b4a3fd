"""The map page as vector graphics: the 30 district polygons of taxonomy.districts() and project points
coloured by primary SDG, projected with an equirectangular projection scaled by cos(latitude) (good at
city scale). No tiles, no network, no Qt."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ....core import taxonomy as tx
from ....core.model import Project
from .base import FONT, INK, Doc, rgb


class Frame:
    """lon/lat -> page millimetres inside a box, keeping the aspect ratio."""

    def __init__(self, bbox: tuple[float, float, float, float], x: float, y: float, w: float, h: float) -> None:
        x0, y0, x1, y1 = bbox
        self.k = math.cos(math.radians((y0 + y1) / 2))
        sx = w / ((x1 - x0) * self.k)
        sy = h / (y1 - y0)
        self.s = min(sx, sy)
        used_w, used_h = (x1 - x0) * self.k * self.s, (y1 - y0) * self.s
        self.ox, self.oy = x + (w - used_w) / 2, y + (h - used_h) / 2
        self.x0, self.y1 = x0, y1

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return self.ox + (lon - self.x0) * self.k * self.s, self.oy + (self.y1 - lat) * self.s


def _simplify(points: Sequence[tuple[float, float]], tol: float = 0.25) -> list[tuple[float, float]]:
    """Drop vertices closer than ``tol`` mm to the last kept one (page space)."""
    out = [points[0]]
    for p in points[1:]:
        q = out[-1]
        if abs(p[0] - q[0]) + abs(p[1] - q[1]) >= tol:
            out.append(p)
    return out if len(out) >= 3 else list(points)


def _bbox(districts: Sequence[tx.District]) -> tuple[float, float, float, float]:
    xs0, ys0, xs1, ys1 = zip(*(d.bbox for d in districts), strict=True)
    return min(xs0), min(ys0), max(xs1), max(ys1)


def draw_map(doc: Doc, projects: Sequence[Project], x: float, y: float, w: float, h: float,
             district: str | None = None, labels: bool = True) -> int:
    """Draw districts and project points; returns how many projects had no coordinates."""
    shown = [d for d in tx.districts() if district is None or d.id == district] or list(tx.districts())
    frame = Frame(_bbox(shown), x, y, w, h)
    others = [d for d in tx.districts() if d not in shown]
    with doc.rect_clip(x, y, w, h):
        missing = _draw(doc, frame, shown, others, projects, x, y, w, h)
    if labels:
        doc.set_font(FONT, "", 6 if district is None else 9)
        doc.set_text_color(*INK)
        for d in shown:
            lx, ly = frame(*d.label_point)
            text = d.name
            tw = doc.get_string_width(text)
            doc.set_xy(lx - tw / 2, ly - 2.6)
            doc.cell(tw, 2.5, text, align="C")
    return missing


def _draw(doc: Doc, frame: Frame, shown: list, others: list, projects: Sequence[Project],  # type: ignore[type-arg]
          x: float, y: float, w: float, h: float) -> int:
    doc.set_line_width(0.15)
    doc.set_draw_color(255, 255, 255)
    for group, fill in ((others, (236, 239, 241)), (shown, (222, 232, 240))):
        doc.set_fill_color(*fill)
        for d in group:
            for poly in d.polygons:
                ring = _simplify([frame(lon, lat) for lon, lat in poly[0]])
                if all(not (x <= px <= x + w and y <= py <= y + h) for px, py in ring):
                    continue
                doc.polygon(ring, style="DF")
    missing = 0
    seen: set[tuple[int, int, int]] = set()
    r = 0.7 if len(projects) > 2000 else 1.0
    doc.set_draw_color(255, 255, 255)
    doc.set_line_width(0.08)
    current = None
    for p in sorted(projects, key=lambda p: p.sdg_primary or 0):
        if p.lat is None or p.lon is None:
            missing += 1
            continue
        px, py = frame(p.lon, p.lat)
        if not (x <= px <= x + w and y <= py <= y + h):
            continue
        key = (int(px * 3), int(py * 3), p.sdg_primary or 0)
        if key in seen:  # thousands of points on one spot add bytes, not information
            continue
        seen.add(key)
        g = tx.goals().get(p.sdg_primary or 0)
        colour = g.color if g else "#6C757D"
        if colour != current:
            doc.set_fill_color(*rgb(colour))
            current = colour
        doc.circle(px, py, r, style="DF")
    return missing


def legend(doc: Doc, goals_present: Sequence[int], x: float, y: float, width: float) -> float:
    doc.set_font(FONT, "", 7)
    col_w = width / 3
    for i, n in enumerate(goals_present):
        g = tx.goals()[n]
        cx, cy = x + (i % 3) * col_w, y + (i // 3) * 4.6
        doc.set_fill_color(*rgb(g.color))
        doc.circle(cx + 1.5, cy + 2.2, 1.3, style="F")
        doc.set_xy(cx + 3.6, cy)
        doc.cell(col_w - 4, 4.4, doc.fit(f"{n} {g.name(doc.rlang)}", col_w - 4))
    return y + math.ceil(len(goals_present) / 3) * 4.6 + 2
