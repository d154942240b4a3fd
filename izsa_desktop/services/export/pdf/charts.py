"""Bar charts drawn directly with fpdf2 vector graphics (no matplotlib): horizontal bars with labels,
and stacked columns (start year × status)."""

from __future__ import annotations

from collections.abc import Sequence

from .base import FONT, INK, MUTED, Doc, rgb
from .words import num

STATUS_COLOURS = {"planned": "#9DB4C0", "ongoing": "#2A9D8F", "completed": "#264653",
                  "suspended": "#E9C46A", "cancelled": "#E76F51"}


def hbars(doc: Doc, items: Sequence[tuple[str, int, str]], x: float, y: float, width: float,
          row_h: float = 5.2, label_w: float = 62) -> float:
    """Horizontal bars: (label, value, colour) each; returns the y below the chart."""
    top = max((v for _, v, _ in items), default=0) or 1
    bar_w = width - label_w - 16
    doc.set_font(FONT, "", 7.5)
    for i, (label, value, colour) in enumerate(items):
        yy = y + i * row_h
        doc.set_text_color(*INK)
        doc.set_xy(x, yy)
        doc.cell(label_w, row_h, doc.fit(label, label_w), align="R")
        length = bar_w * value / top
        if length > 0:
            doc.set_fill_color(*rgb(colour))
            doc.rect(x + label_w + 1.5, yy + 0.8, max(length, 0.4), row_h - 1.6, style="F")
        doc.set_xy(x + label_w + 2.5 + length, yy)
        doc.set_text_color(*MUTED)
        doc.cell(14, row_h, num(value, doc.rlang))
    doc.set_text_color(*INK)
    return y + len(items) * row_h + 2


def stacked_columns(doc: Doc, columns: Sequence[tuple[str, dict[str, int]]], order: Sequence[str],
                    legend: dict[str, str], x: float, y: float, width: float, height: float) -> float:
    """Stacked columns (label, {series: value}); series drawn in ``order`` with STATUS_COLOURS."""
    top = max((sum(c.values()) for _, c in columns), default=0) or 1
    n = max(len(columns), 1)
    slot = width / n
    bar = min(slot * 0.72, 14)
    base = y + height
    doc.set_draw_color(206, 212, 218)
    doc.line(x, base, x + width, base)
    doc.set_font(FONT, "", 6.5 if n > 14 else 7)
    for i, (label, values) in enumerate(columns):
        bx = x + i * slot + (slot - bar) / 2
        yy = base
        for key in order:
            v = values.get(key, 0)
            if v <= 0:
                continue
            h = height * v / top
            doc.set_fill_color(*rgb(STATUS_COLOURS.get(key, "#888888")))
            doc.rect(bx, yy - h, bar, h, style="F")
            yy -= h
        doc.set_text_color(*MUTED)
        doc.set_xy(x + i * slot, yy - 4)
        doc.cell(slot, 4, num(sum(values.values()), doc.rlang), align="C")
        doc.set_xy(x + i * slot, base + 0.5)
        doc.cell(slot, 4, label, align="C")
    # legend
    lx, ly = x, base + 6
    doc.set_font(FONT, "", 7.5)
    doc.set_text_color(*INK)
    for key in order:
        doc.set_fill_color(*rgb(STATUS_COLOURS.get(key, "#888888")))
        doc.rect(lx, ly + 1, 3, 3, style="F")
        doc.set_xy(lx + 4, ly)
        text = legend.get(key, key)
        doc.cell(doc.get_string_width(text) + 2, 5, text)
        lx += doc.get_string_width(text) + 10
    return ly + 8
