"""CSV export: one row per project, headings in the chosen language.

Choice: UTF-8 **with BOM** so Excel detects the encoding and Turkish
letters survive; the default separator is ``;`` with a decimal comma, which is what Excel on a Turkish
system expects (the comma is the Turkish decimal mark, so Excel's list separator is ``;``). ``sep=","``
gives the international form with a decimal point. Quoting is minimal (RFC 4180 style), CRLF line ends.
One budget column per currency (never summed across currencies). Text a spreadsheet would take for a
formula (``= + - @``, tab, CR... first) is written with a leading apostrophe (``rows.neutral_text``);
numbers are written as numbers. With personal data the file is owner-only (0600).
"""

from __future__ import annotations

import csv
import os

from ...core.errors import IzsaError
from . import rows
from .atomic import atomic_text
from .query import Cancelled, Progress, Selection
from .result import ExportResult


def write_csv(sel: Selection, out: str | os.PathLike[str], *, lang: str = "tr", sep: str = ";",
              include_personal: bool = False, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> ExportResult:
    if sep not in (";", ",", "\t"):
        raise IzsaError("export_option_invalid", value=sep)
    cols = rows.columns(include_personal, rows.currencies(sel.projects))
    make = rows.row_function(cols, lang)
    decimal_comma = sep == ";"
    total = len(sel.projects)
    with atomic_text(out, encoding="utf-8-sig", newline="", private=include_personal) as fh:
        w = csv.writer(fh, delimiter=sep, lineterminator="\r\n")
        w.writerow([rows.text_cell(h) for h in rows.headers(cols, lang)])
        for i, p in enumerate(sel.projects, 1):
            w.writerow([rows.text_cell(v, decimal_comma) for v in make(p)])
            if i % 2000 == 0:
                if cancelled is not None and cancelled():
                    raise IzsaError("export_cancelled")
                if progress is not None:
                    progress(i, total)
        if cancelled is not None and cancelled():
            raise IzsaError("export_cancelled")
    if progress is not None:
        progress(total, total)
    return ExportResult(str(out), "csv", total)
