"""Report and export benchmarks: the VLR PDF report of 15k projects and an XLSX export of 100k.

Baselines measured in the same run: loading the selection alone (``select_projects``), the floor any
export pays before writing a byte."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export, select_projects
from izsa_desktop.services.workspace import open_workspace

from .workspaces import workspace_path


def _timed_export(ctx, count: int, fmt: str) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    ws = open_workspace(workspace_path(ctx, count))
    try:
        t0 = time.perf_counter()
        select_projects(ws, ExportQuery())
        load = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / f"bench.{fmt}"
            t0 = time.perf_counter()
            r = run_export(ws, ExportQuery(), ExportOptions(fmt, str(out), lang="tr"))
            took = time.perf_counter() - t0
            size = out.stat().st_size
    finally:
        ws.close()
    return took, load, size if r.count else 0


def bench_report_pdf(ctx) -> dict[str, float]:  # type: ignore[no-untyped-def]
    n = ctx.size(15_000, 2_000)
    took, load, size = _timed_export(ctx, n, "pdf")
    return {"report_pdf_15k_s": took, "report_pdf_load_15k_s": load, "report_pdf_15k_mb": size / 1e6}


def bench_export_xlsx(ctx) -> dict[str, float]:  # type: ignore[no-untyped-def]
    n = ctx.size(100_000, 10_000)
    took, load, size = _timed_export(ctx, n, "xlsx")
    return {"export_xlsx_100k_s": took, "export_xlsx_load_100k_s": load, "export_xlsx_100k_mb": size / 1e6}
