"""The District × SDG matrix as a heat-coloured table: goal numbers in their official colours on top,
counts shaded from pale to deep blue, zero cells (gaps) in pale red, totals on the right."""

from __future__ import annotations

from ....core import taxonomy as tx
from ...analysis import GapMatrix
from . import words as W
from .base import FONT, INK, MUTED, Doc, rgb

_LOW, _HIGH = (239, 246, 255), (8, 48, 107)
_GAP = (251, 218, 218)


def heat(value: int, top: int) -> tuple[int, int, int]:
    if value <= 0:
        return _GAP
    t = (value / top) ** 0.6 if top else 0
    return tuple(round(a + (b - a) * t) for a, b in zip(_LOW, _HIGH, strict=True))  # type: ignore[return-value]


def draw_matrix(doc: Doc, m: GapMatrix, lang: str) -> None:
    doc.heading(W.w("matrix", lang))
    doc.para(W.w("matrix_note", lang), size=8, colour=MUTED)
    doc.ln(2)
    name_w, total_w = 34, 14
    cell_w = min(9.0, (doc.content_w - name_w - total_w) / max(len(m.goals), 1))
    row_h = 5.4 if len(m.districts) > 1 else 8
    top = max(m.counts.values(), default=0)
    x0 = doc.l_margin

    def header() -> None:
        y = doc.get_y()
        doc.set_font(FONT, "B", 7)
        doc.set_xy(x0, y)
        doc.cell(name_w, 7, W.w("district", lang))
        for i, g in enumerate(m.goals):
            doc.set_fill_color(*rgb(tx.goals()[g].color))
            doc.set_text_color(255, 255, 255)
            doc.set_xy(x0 + name_w + i * cell_w, y)
            doc.cell(cell_w - 0.4, 7, str(g), align="C", fill=True)
        doc.set_text_color(*INK)
        doc.set_xy(x0 + name_w + len(m.goals) * cell_w, y)
        doc.cell(total_w, 7, W.w("total", lang), align="C")
        doc.set_y(y + 7.6)

    header()
    for d in m.districts:
        if doc.get_y() + row_h > doc.page_break_trigger:
            doc.add_page()
            header()
        y = doc.get_y()
        doc.set_font(FONT, "", 7.5)
        doc.set_xy(x0, y)
        doc.cell(name_w, row_h, doc.fit(tx.district_name(d), name_w))
        for i, g in enumerate(m.goals):
            v = m.count(d, g)
            fill = heat(v, top)
            doc.set_fill_color(*fill)
            dark = sum(fill) < 380
            doc.set_text_color(*((255, 255, 255) if dark else ((176, 42, 55) if v == 0 else INK)))
            doc.set_xy(x0 + name_w + i * cell_w, y)
            doc.cell(cell_w - 0.4, row_h - 0.4, str(v), align="C", fill=True)
        doc.set_text_color(*INK)
        doc.set_font(FONT, "B", 7.5)
        doc.set_xy(x0 + name_w + len(m.goals) * cell_w, y)
        doc.cell(total_w, row_h, W.num(m.totals_by_district.get(d, 0), lang), align="C")
        doc.set_y(y + row_h)
    y = doc.get_y() + 0.6
    doc.set_font(FONT, "B", 7)
    doc.set_xy(x0, y)
    doc.cell(name_w, row_h, W.w("total", lang))
    for i, g in enumerate(m.goals):
        doc.set_xy(x0 + name_w + i * cell_w, y)
        doc.cell(cell_w - 0.4, row_h, W.num(m.totals_by_goal.get(g, 0), lang) if cell_w > 8 or
                 m.totals_by_goal.get(g, 0) < 1000 else f"{m.totals_by_goal.get(g, 0) // 1000}k", align="C")
    doc.set_xy(x0 + name_w + len(m.goals) * cell_w, y)
    doc.cell(total_w, row_h, W.num(m.total_projects, lang), align="C")
    doc.set_y(y + row_h + 4)
