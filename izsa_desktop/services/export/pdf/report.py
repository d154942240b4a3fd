"""The report in the style of a Voluntary Local Review: cover, key figures, charts, map, District × SDG
matrix, a section per SDG (colour band in the goal's official colour, a compact table of its projects),
sources. Bilingual (``lang``); personal data never appears (the report lists no contacts). Budgets are
totalled per currency, never added across currencies."""

from __future__ import annotations

import os
from datetime import date

from ....core import taxonomy as tx
from ....core.errors import IzsaError
from ..atomic import atomic_file
from ..labels import STATUS, pick
from ..query import Cancelled, Progress, Selection
from ..result import ExportResult
from ..rows import budget_totals, currencies
from . import charts, mapdraw
from . import words as W
from .base import ACCENT, FONT, INK, MUTED, Doc, rgb
from .figures import Figures, figures
from .matrix import draw_matrix


def _cover(doc: Doc, sel: Selection, lang: str) -> None:
    doc.cover = True
    doc.add_page()
    stripe = doc.w / 17
    for n, g in tx.goals().items():
        doc.set_fill_color(*rgb(g.color))
        doc.rect((n - 1) * stripe, 0, stripe + 0.2, 14, style="F")
    doc.set_y(58)
    doc.set_font(FONT, "B", 34)
    doc.set_text_color(*ACCENT)
    doc.cell(0, 16, W.w("city", lang), new_x="LMARGIN", new_y="NEXT")
    doc.heading(W.w("title", lang), size=22, colour=INK)
    doc.para(W.w("subtitle", lang), size=12, colour=MUTED)
    doc.ln(14)
    scope = tx.district_name(sel.query.district) if sel.query.district else W.w("all_districts", lang)
    if not sel.query.is_plain:
        scope += " · " + W.w("filtered", lang)
    if sel.query.goal:
        scope += " · " + W.w("goal_band", lang).format(n=sel.query.goal)
    rows = ((W.w("scope", lang), scope), (W.w("projects", lang), W.num(len(sel.projects), lang)),
            (W.w("report_date", lang), W.day(date.today(), lang)),
            (W.w("data_date", lang), W.day(sel.data_date, lang) or "–"))
    for k, v in rows:
        doc.set_font(FONT, "", 11)
        doc.set_text_color(*MUTED)
        doc.cell(45, 8, k)
        doc.set_font(FONT, "B", 11)
        doc.set_text_color(*INK)
        doc.cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
    doc.set_y(doc.h - 40)
    doc.para(W.w("publisher", lang), size=10, colour=MUTED)
    doc.para(W.w("country", lang), size=10, colour=MUTED)
    doc.cover = False


def _key_figures(doc: Doc, sel: Selection, fig: Figures, lang: str) -> None:
    doc.add_page()
    doc.heading(W.w("summary", lang))
    ps = sel.projects
    totals = budget_totals(ps)
    sums = [W.money(totals[c], c, lang) for c in currencies(ps) if c in totals] or [W.money(0, "TRY", lang)]
    budget = " · ".join(sums)
    box_w = (doc.content_w - 9) / 4
    doc.set_font(FONT, "B", 10)
    if len(sums) > 1 and doc.get_string_width(budget) > box_w - 5.2:
        budget = W.w("budget_currencies", lang).format(n=len(sums))  # all of them in the line below
    items = [
        (W.num(len(ps), lang), W.w("projects", lang)),
        (f"{sum(1 for v in fig.matrix.totals_by_district.values() if v)}/{len(fig.matrix.districts)}",
         W.w("districts_reached", lang)),
        (f"{sum(1 for v in fig.matrix.totals_by_goal.values() if v)}/{len(fig.matrix.goals)}",
         W.w("goals_covered", lang)),
        (W.num(sum(p.status == "ongoing" for p in ps), lang), W.w("ongoing", lang)),
        (W.num(sum(p.status == "completed" for p in ps), lang), W.w("completed", lang)),
        (budget, W.w("budget", lang)),
        (W.num(sum(p.beneficiaries_reached or 0 for p in ps), lang), W.w("beneficiaries", lang)),
        (W.num(sum(p.open_to_collab for p in ps), lang), W.w("open_collab", lang)),
    ]
    box_w, box_h = (doc.content_w - 9) / 4, 22
    y0 = doc.get_y()
    for i, (value, label) in enumerate(items):
        x, y = doc.l_margin + (i % 4) * (box_w + 3), y0 + (i // 4) * (box_h + 3)
        doc.set_fill_color(241, 245, 249)
        doc.rect(x, y, box_w, box_h, style="F")
        doc.set_xy(x + 2, y + 3)
        doc.set_font(FONT, "B", 14 if len(value) < 14 else 10)
        doc.set_text_color(*ACCENT)
        doc.cell(box_w - 4, 8, doc.fit(value, box_w - 4))
        doc.set_xy(x + 2, y + 12)
        doc.set_font(FONT, "", 8)
        doc.set_text_color(*MUTED)
        doc.cell(box_w - 4, 6, doc.fit(label, box_w - 4))
    doc.set_text_color(*INK)
    doc.set_y(y0 + 2 * (box_h + 3) + 2)
    if len(sums) > 1:
        doc.para(W.w("budget_by_currency", lang).format(totals="; ".join(sums)), size=8.5, colour=MUTED)
    doc.set_y(max(doc.get_y(), y0 + 2 * (box_h + 3) + 6))
    doc.heading(W.w("chart_goals", lang), size=11)
    bars = [(f"{g} {tx.goals()[g].name(lang)}", fig.matrix.totals_by_goal.get(g, 0), tx.goals()[g].color)
            for g in fig.matrix.goals]
    doc.set_y(charts.hbars(doc, bars, doc.l_margin, doc.get_y(), doc.content_w) + 4)


def _themes_and_years(doc: Doc, fig: Figures, lang: str) -> None:
    doc.add_page()
    doc.heading(W.w("chart_themes", lang), size=11)
    themes = [(t.name(lang), fig.themes.get(k, 0), "#1F4E79") for k, t in tx.themes().items()]
    doc.set_y(charts.hbars(doc, themes, doc.l_margin, doc.get_y(), doc.content_w) + 8)
    doc.heading(W.w("chart_years", lang), size=11)
    years = sorted({y for y, _ in fig.years if y is not None})
    if len(years) > 16:
        years = years[-16:]
    cols = [(str(y), {s: fig.years.get((y, s), 0) for s in tx.STATUSES}) for y in years]
    unknown = {s: fig.years.get((None, s), 0) for s in tx.STATUSES}
    if sum(unknown.values()):
        cols.append((W.w("unknown_year", lang), unknown))
    legend = {s: pick(STATUS, s, lang) for s in tx.STATUSES}
    y = charts.stacked_columns(doc, cols, tx.STATUSES, legend, doc.l_margin, doc.get_y() + 6, doc.content_w, 70)
    doc.set_y(y + 6)


def _map_page(doc: Doc, sel: Selection, lang: str) -> None:
    doc.heading(W.w("map", lang))
    top = doc.get_y()
    height = doc.h - top - 62
    missing = mapdraw.draw_map(doc, sel.projects, doc.l_margin, top, doc.content_w, height,
                               district=sel.query.district)
    present = sorted({p.sdg_primary for p in sel.projects if p.sdg_primary and p.lat is not None})
    y = mapdraw.legend(doc, present, doc.l_margin, top + height + 3, doc.content_w)
    doc.set_y(y)
    doc.para(W.w("map_note", lang).format(n=W.num(missing, lang)) + " © OpenStreetMap", size=7.5, colour=MUTED)


def _goal_sections(doc: Doc, sel: Selection, fig: Figures, lang: str, cancelled: Cancelled | None,
                   progress: Progress | None) -> None:
    doc.add_page()
    doc.heading(W.w("goal_sections", lang))
    by_primary: dict[int, list] = {}
    for p in sel.projects:
        by_primary.setdefault(p.sdg_primary or 0, []).append(p)
    widths = [doc.content_w - 84, 26, 22, 16, 20]
    heads = [W.w(k, lang) for k in ("col_title", "district", "col_status", "col_start", "col_targets")]
    done = 0
    for n in fig.matrix.goals:
        if cancelled is not None and cancelled():
            raise IzsaError("export_cancelled")
        g = tx.goals()[n]
        doc.band(W.w("goal_band", lang).format(n=n) + " · " + g.name(lang), g.color)
        listed = by_primary.get(n, [])
        aligned = fig.matrix.totals_by_goal.get(n, 0)
        if not aligned and not listed:
            doc.para(W.w("goal_none", lang), colour=MUTED)
            doc.ln(4)
            continue
        doc.para(W.w("goal_stats", lang).format(all=W.num(aligned, lang), primary=W.num(len(listed), lang))
                 + " " + W.w("goal_listed", lang), size=8.5)
        doc.ln(1.5)
        rows = [((p.title_en or p.title_tr) if lang == "en" else p.title_tr, tx.district_name(p.district),
                 pick(STATUS, p.status, lang), str(p.start_date.year) if p.start_date else "",
                 ", ".join(p.sdg_targets)) for p in listed]
        if rows:
            doc.table_rows(heads, widths, rows)
        doc.ln(5)
        done += len(listed)
        if progress is not None:
            progress(done, len(sel.projects))


def _sources(doc: Doc, sel: Selection, lang: str) -> None:
    doc.add_page()
    doc.heading(W.w("sources", lang))
    doc.para(W.w("sources_text", lang).format(data_date=W.day(sel.data_date, lang) or "–",
                                              personal=W.w("personal_out", lang)), size=9)


def build_report(ws, sel: Selection, lang: str = "tr", progress: Progress | None = None,  # type: ignore[no-untyped-def]
                 cancelled: Cancelled | None = None) -> Doc:
    title = W.w("title", lang).replace("\n", " — ")
    if sel.query.district:
        title = f"{tx.district_name(sel.query.district)} · {title}"
    doc = Doc(lang, title)
    doc.set_title(title)
    doc.set_subject(W.w("subtitle", lang))
    fig = figures(ws, sel)
    _cover(doc, sel, lang)
    _key_figures(doc, sel, fig, lang)
    _themes_and_years(doc, fig, lang)
    doc.add_page()
    _map_page(doc, sel, lang)
    doc.add_page()
    draw_matrix(doc, fig.matrix, lang)
    _goal_sections(doc, sel, fig, lang, cancelled, progress)
    _sources(doc, sel, lang)
    return doc


def write_report(ws, sel: Selection, out: str | os.PathLike[str], *, lang: str = "tr",  # type: ignore[no-untyped-def]
                 include_personal: bool = False, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ExportResult:
    """The report never lists contact persons, so ``include_personal`` changes nothing here."""
    doc = build_report(ws, sel, lang, progress, cancelled)
    if cancelled is not None and cancelled():
        raise IzsaError("export_cancelled")
    data = doc.output()
    with atomic_file(out) as fh:
        fh.write(data)
    return ExportResult(str(out), "pdf", len(sel.projects), pages=doc.pages_count)
