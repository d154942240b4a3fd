"""The central workspace on PostgreSQL, next to the same work on SQLite in the same run.

Starts its own throwaway server (tests/pg/server.py, fsync ON: as durable as SQLite's synchronous=FULL).

* ``bench_pg_import``: ``bundle_import_10k_into_100k_pg_ms`` — verify + plan + apply of a 10k-record
  district bundle into the 100k central workspace in PostgreSQL; baseline
  ``bundle_import_10k_into_100k_sqlite_ms``: the same bundle into a copy of the same SQLite workspace.
  Also ``move_100k_sqlite_to_pg_s`` (the ``move`` command incl. verification), ``pg_summaries_100k_ms``
  (list load) with baseline ``sqlite_summaries_100k_ms``, and ``pg_search_100k_ms`` (a two-word
  prefix search) with baseline ``sqlite_search_100k_ms``.
"""

from __future__ import annotations

import importlib.util
import shutil
import time
from pathlib import Path

from izsa_desktop.bundle import BundleContent, export_bundle
from izsa_desktop.services.bundles_import import import_file
from izsa_desktop.services.move import move_workspace
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import open_workspace

from .bench_bundle_db import _records, _register
from .workspaces import workspace_path


def _server_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent.parent / "tests" / "pg" / "server.py"
    spec = importlib.util.spec_from_file_location("_izsa_pg_server", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _timed(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def _import_ms(target, n: int) -> float:  # type: ignore[no-untyped-def]
    ws = open_workspace(target)
    key = _register(ws, "konak")
    data = export_bundle(BundleContent(records=tuple(_records("konak", n, seed=77))), private_key=key,
                         kind="district", district="konak", seq=1, personal_data=True)
    t0 = time.perf_counter()
    _pre, res = import_file(ws, data)
    ms = (time.perf_counter() - t0) * 1000
    assert res is not None and res.counts["new"] == n
    ws.close()
    return ms


def bench_pg_import(ctx) -> dict:  # type: ignore[no-untyped-def]
    base_n, n = ctx.size(100_000, 10_000), ctx.size(10_000, 1_000)
    src = workspace_path(ctx, base_n)
    out: dict[str, float] = {}
    with _server_module().PgServer(fsync=True, base=str(ctx.out)) as srv:
        url = srv.create_database("bench")
        t0 = time.perf_counter()
        report = move_workspace(str(src), url)
        out["move_100k_sqlite_to_pg_s"] = time.perf_counter() - t0
        assert report.ok
        for name, target in (("pg", url), ("sqlite", str(src))):
            ws = open_workspace(target)
            svc = ProjectService(ws)
            with ws.engine.connect() as c:
                if name == "pg":
                    c.exec_driver_sql("ANALYZE")
                    c.commit()
            out[f"{name}_summaries_100k_ms"] = _timed(svc.summaries)
            out[f"{name}_search_100k_ms"] = _timed(lambda: svc.search("park yes"))
            ws.close()
        copy = ctx.out / "pg-bench-sqlite-copy.sqlite"
        for p in ctx.out.glob(copy.name + "*"):
            p.unlink()
        shutil.copy(src, copy)
        out["bundle_import_10k_into_100k_sqlite_ms"] = _import_ms(copy, n)
        out["bundle_import_10k_into_100k_pg_ms"] = _import_ms(url, n)
    return out
