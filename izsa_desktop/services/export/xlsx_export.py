"""XLSX export with openpyxl in write-only mode (streams rows: 100k projects in bounded memory).

Sheets: the projects (frozen header, autofilter, column widths, real dates, one budget number column per
currency: "Bütçe (TL)", "Bütçe (EUR)", ... so that a column sum never adds currencies), then one sheet
per taxonomy: SDG goals, SDG targets, WHO Healthy Cities themes, districts, target groups (with project
counts of the exported selection where it makes sense).

No cell is ever a formula: openpyxl would store a text starting with ``=`` as a formula (and "#N/A"-like
text as an error), so every text a spreadsheet could take for a formula (``rows.formula_risk``) is written
as an explicit string cell with Excel's quote-prefix flag, which keeps it text even when edited; the
displayed text is unchanged ("+90 232 ..." stays readable). With personal data the file is owner-only.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ...core import taxonomy as tx
from ...core.errors import IzsaError
from . import labels as L
from . import rows
from .atomic import atomic_file
from .query import Cancelled, Progress, Selection
from .result import ExportResult

_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_DATE_FMT = "yyyy-mm-dd"
_MONEY_FMT = "#,##0.00"


def _text(ws, v: Any) -> Any:  # type: ignore[no-untyped-def]
    """``v`` itself, or for a text openpyxl or a spreadsheet would not keep as plain text (formula or
    error code) a string cell marked with the quote prefix. Control characters that XML cannot hold
    (openpyxl raises on them, so one hostile title would stop the whole export) are shown as U+FFFD."""
    if isinstance(v, str) and ILLEGAL_CHARACTERS_RE.search(v):
        v = ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)
    if isinstance(v, str) and (rows.formula_risk(v) or v in ERROR_CODES):
        c = WriteOnlyCell(ws, value=v)
        c.data_type = "s"
        c.quotePrefix = True
        return c
    return v


def _sheet(wb: Workbook, title: str, widths: list[float]):  # type: ignore[no-untyped-def]
    ws = wb.create_sheet(title[:31])
    ws.freeze_panes = "A2"
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    return ws


def _header(ws, head: list[str]) -> None:  # type: ignore[no-untyped-def]
    cells = []
    for h in head:
        h = ILLEGAL_CHARACTERS_RE.sub("\ufffd", h)
        c = WriteOnlyCell(ws, value=h)
        if rows.formula_risk(h) or h in ERROR_CODES:
            c.data_type, c.quotePrefix = "s", True
        c.font, c.fill = _HEAD_FONT, _HEAD_FILL
        c.alignment = Alignment(vertical="center")
        cells.append(c)
    ws.append(cells)


def _table(wb: Workbook, title: str, head: list[str], widths: list[float], data: list[list[Any]]) -> None:
    ws = _sheet(wb, title, widths)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(head))}{len(data) + 1}"
    _header(ws, head)
    for r in data:
        ws.append([_text(ws, v) for v in r])


def write_xlsx(sel: Selection, out: str | os.PathLike[str], *, lang: str = "tr",
               include_personal: bool = False, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ExportResult:
    with atomic_file(out, private=include_personal) as fh:  # fails fast (missing folder, permission)
        wb = Workbook(write_only=True)
        try:
            total = _fill(wb, sel, lang, include_personal, progress, cancelled)
            wb.save(fh)
        except BaseException:
            for sheet in wb.worksheets:  # finish the streaming writers so nothing dangles
                if not sheet.closed:
                    sheet.close()
            raise
    if progress is not None:
        progress(total, total)
    return ExportResult(str(out), "xlsx", total)


def _fill(wb: Workbook, sel: Selection, lang: str, include_personal: bool, progress: Progress | None,
          cancelled: Cancelled | None) -> int:
    cols = rows.columns(include_personal, rows.currencies(sel.projects))
    make = rows.row_function(cols, lang)
    ws = _sheet(wb, L.w("sheet_projects", lang), [rows.width(c) for c in cols])
    total = len(sel.projects)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{total + 1}"
    _header(ws, rows.headers(cols, lang))
    date_idx = [i for i, c in enumerate(cols) if c in rows.DATE_COLUMNS]
    money_idx = [i for i, c in enumerate(cols) if rows.is_money(c)]
    risky, errors, illegal = rows.formula_risk, ERROR_CODES, ILLEGAL_CHARACTERS_RE.search
    for i, p in enumerate(sel.projects, 1):
        values: list[Any] = make(p)
        for j in date_idx:
            if values[j] is not None:
                c = WriteOnlyCell(ws, value=values[j])
                c.number_format = _DATE_FMT
                values[j] = c
        for j in money_idx:
            if values[j] is not None:
                c = WriteOnlyCell(ws, value=values[j])
                c.number_format = _MONEY_FMT
                values[j] = c
        bad_chars = illegal("".join(v for v in values if type(v) is str)) is not None  # one scan a row
        for j, v in enumerate(values):  # every column: a text is never trusted to be harmless
            if type(v) is str and v and (bad_chars or risky(v) or v in errors):
                values[j] = _text(ws, v)
        ws.append(values)
        if i % 2000 == 0:
            if cancelled is not None and cancelled():
                raise IzsaError("export_cancelled")
            if progress is not None:
                progress(i, total + total // 10)
    _taxonomy_sheets(wb, sel, lang)
    if cancelled is not None and cancelled():
        raise IzsaError("export_cancelled")
    return total


def _taxonomy_sheets(wb: Workbook, sel: Selection, lang: str) -> None:
    goals: Counter[int] = Counter()
    themes: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    districts: Counter[str] = Counter()
    for p in sel.projects:
        goals.update(set(p.sdg_goals))
        themes.update(set(p.who_themes))
        groups.update(set(p.target_groups))
        districts[p.district] += 1
    n_, proj = L.w("number", lang), L.w("projects", lang)
    _table(wb, L.w("sheet_goals", lang), [n_, L.w("name_tr", lang), L.w("name_en", lang), L.w("colour", lang), proj],
           [8, 44, 44, 14, 14],
           [[g.number, g.name_tr, g.name_en, g.color, goals.get(g.number, 0)] for g in tx.goals().values()])
    _table(wb, L.w("sheet_targets", lang), [L.w("code", lang), L.w("goal", lang), L.w("text_en", lang),
                                             L.w("text_tr", lang)], [10, 8, 90, 90],
           [[t.id, t.goal, t.text_en, t.text_tr_unofficial] for t in tx.targets().values()])
    _table(wb, L.w("sheet_themes", lang), [L.w("code", lang), L.w("name_tr", lang), L.w("name_en", lang),
                                            L.w("full_name", lang), proj], [14, 30, 30, 90, 14],
           [[t.key, t.name_tr, t.name_en, t.full_name_tr if lang == "tr" else t.full_name_en, themes.get(t.key, 0)]
            for t in tx.themes().values()])
    dist = list(tx.districts()) + [tx.province()]
    _table(wb, L.w("sheet_districts", lang), [L.w("code", lang), L.w("name", lang), L.w("area_km2", lang), proj],
           [16, 24, 12, 14],
           [[d.id, d.name, round(d.area_km2, 1), districts.get(d.id, 0)] for d in dist])
    _table(wb, L.w("sheet_groups", lang), [L.w("code", lang), L.w("name_tr", lang), L.w("name_en", lang), proj],
           [16, 30, 30, 14],
           [[k, L.TARGET_GROUP[k][0], L.TARGET_GROUP[k][1], groups.get(k, 0)] for k in tx.TARGET_GROUPS])
