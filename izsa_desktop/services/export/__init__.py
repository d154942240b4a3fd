"""Exports for people and for Voluntary Local Reviews: CSV, XLSX, GeoJSON, PDF report, case study.

Every export takes a ``Selection`` (see ``query.select_projects``; the same filter as the list) and the
``progress(done, total)`` / ``cancelled()`` callables of ``ui/worker.py``, and writes atomically.
``run_export`` is the one entry point used by the CLI and the Export dialog.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ...core.errors import IzsaError
from ..workspace import Workspace
from .query import Cancelled, ExportQuery, Progress, Selection, select_projects
from .result import ExportResult

FORMATS = ("csv", "xlsx", "geojson", "pdf")

__all__ = ["FORMATS", "ExportOptions", "ExportQuery", "ExportResult", "Selection", "run_export",
           "select_projects"]


@dataclass(frozen=True)
class ExportOptions:
    format: str
    out: str
    lang: str = "tr"
    include_personal: bool = False
    csv_sep: str = ";"
    case_study: str | None = None  # project UUID: a case study PDF (+ JSON beside it) instead of a report


def _split(progress: Progress | None, start: int, span: int) -> Progress | None:
    """Map a sub-step's progress onto 0..100 (loading is the first ``start``%)."""
    if progress is None:
        return None
    return lambda done, total: progress(start + (span * done // total if total else span), 100)


def run_export(ws: Workspace, query: ExportQuery, opts: ExportOptions, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ExportResult:
    if opts.format not in FORMATS:
        raise IzsaError("export_format_unknown", value=opts.format)
    if opts.lang not in ("tr", "en"):
        raise IzsaError("export_option_invalid", value=opts.lang)
    if opts.case_study:
        from .pdf.case_study import write_case_study

        return write_case_study(ws, opts.case_study, opts.out, lang=opts.lang,
                                include_personal=opts.include_personal)
    sel = select_projects(ws, query, _split(progress, 0, 30), cancelled)
    step = _split(progress, 30, 70)
    kw = dict(lang=opts.lang, include_personal=opts.include_personal, progress=step, cancelled=cancelled)
    out = os.fspath(opts.out)
    if opts.format == "csv":
        from .csv_export import write_csv

        return write_csv(sel, out, sep=opts.csv_sep, **kw)  # type: ignore[arg-type]
    if opts.format == "xlsx":
        from .xlsx_export import write_xlsx

        return write_xlsx(sel, out, **kw)  # type: ignore[arg-type]
    if opts.format == "geojson":
        from .geojson_export import write_geojson

        return write_geojson(sel, out, **kw)  # type: ignore[arg-type]
    from .pdf.report import write_report

    return write_report(ws, sel, out, **kw)  # type: ignore[arg-type]
