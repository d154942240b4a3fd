"""The shared PDF canvas: DejaVu Sans embedded (every Turkish letter on any OS), header/footer, colour
helpers, text fitting and table rows with repeated headers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from ....core.errors import IzsaError
from ....core.paths import resources_dir
from . import words as W

FONT = "DejaVu"
INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 78, 121)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def font_path(bold: bool = False) -> Path:
    return resources_dir() / "fonts" / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


class Doc(FPDF):
    """A4 portrait document in millimetres with the report's running header and page numbers."""

    def __init__(self, lang: str, running_title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.rlang = lang
        self.running_title = running_title
        for style, bold in (("", False), ("B", True)):
            path = font_path(bold)
            if not path.is_file():
                raise IzsaError("export_font_missing", path=str(path))
            self.add_font(FONT, style, str(path))
        self.set_margins(15, 16, 15)
        self.set_auto_page_break(True, margin=16)
        self.set_creator("İZSA Desktop")
        self.set_lang("tr-TR" if lang == "tr" else "en-GB")
        self.cover = True
        self._width_cache: dict[tuple[str, float, str], float] = {}

    # -- page furniture ------------------------------------------------------------------------------
    def header(self) -> None:
        if self.cover:
            return
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*MUTED)
        self.set_xy(self.l_margin, 7)
        self.cell(0, 4, self.running_title, align="L")
        self.set_draw_color(222, 226, 230)
        self.line(self.l_margin, 12, self.w - self.r_margin, 12)
        self.set_text_color(*INK)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        if self.cover:
            return
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*MUTED)
        self.set_xy(self.l_margin, self.h - 10)
        self.cell(0, 4, W.w("generated", self.rlang), align="L")
        self.set_xy(self.l_margin, self.h - 10)
        self.cell(0, 4, W.w("page", self.rlang).format(n=self.page_no()), align="R")
        self.set_text_color(*INK)

    # -- text helpers ---------------------------------------------------------------------------------
    @property
    def content_w(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def fit(self, text: str, width: float) -> str:
        """``text`` shortened with an ellipsis so that it fits ``width`` at the current font."""
        if self.get_string_width(text) <= width - 1.2:
            return text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.get_string_width(text[:mid] + "…") <= width - 1.2:
                lo = mid
            else:
                hi = mid - 1
        return text[:lo].rstrip() + "…"

    def heading(self, text: str, size: float = 15, colour: tuple[int, int, int] = ACCENT) -> None:
        self.set_font(FONT, "B", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.ln(2)

    def para(self, text: str, size: float = 9, colour: tuple[int, int, int] = INK) -> None:
        self.set_font(FONT, "", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.48, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)

    def band(self, text: str, colour: str, height: float = 12, size: float = 13) -> None:
        """A full-width colour band with white bold text (SDG section headers)."""
        if self.will_page_break(height + 20):
            self.add_page()
        y = self.get_y()
        self.set_fill_color(*rgb(colour))
        self.rect(0, y, self.w, height, style="F")
        self.set_xy(self.l_margin, y)
        self.set_font(FONT, "B", size)
        self.set_text_color(255, 255, 255)
        self.cell(0, height, self.fit(text, self.content_w), align="L")
        self.set_text_color(*INK)
        self.set_xy(self.l_margin, y + height + 3)

    # -- tables ---------------------------------------------------------------------------------------
    def table_header(self, heads: Sequence[str], widths: Sequence[float], size: float = 7.5) -> None:
        self.set_font(FONT, "B", size)
        self.set_fill_color(233, 236, 239)
        for h, wdt in zip(heads, widths, strict=True):
            self.cell(wdt, 5.5, self.fit(h, wdt), fill=True)
        self.ln(5.5)

    def table_rows(self, heads: Sequence[str], widths: Sequence[float], data: Sequence[Sequence[str]],
                   size: float = 7.5, row_h: float = 4.6) -> None:
        """Compact rows (one line each, long text shortened) with the header repeated on every page."""
        self.table_header(heads, widths, size)
        self.set_font(FONT, "", size)
        limit = self.page_break_trigger
        zebra = False
        for row in data:
            if self.get_y() + row_h > limit:
                self.add_page()
                self.table_header(heads, widths, size)
                self.set_font(FONT, "", size)
                zebra = False
            if zebra:
                self.set_fill_color(248, 249, 250)
                self.rect(self.l_margin, self.get_y(), sum(widths), row_h, style="F")
            for text, wdt in zip(row, widths, strict=True):
                self.cell(wdt, row_h, self.fit(text, wdt))
            self.ln(row_h)
            zebra = not zebra
