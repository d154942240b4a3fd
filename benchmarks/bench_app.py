"""Issue 2 metrics: start-up vs a bare QMainWindow, list filter p95 on 100k, RSS with 100k, demo data."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from .workspaces import workspace_path


def _probe(*args: str) -> tuple[float, dict]:
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "benchmarks.probe_app", *args], capture_output=True, text=True,
                       timeout=600)
    elapsed = (time.perf_counter() - t0) * 1000
    line = next((x for x in r.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"probe {args} failed: {r.stderr[-2000:]}")
    return elapsed, json.loads(line[7:])


def _compile_package() -> None:
    """Byte-compile the package as an installation does (pip compiles at install time; an editable
    checkout writes __pycache__ on first run unless PYTHONDONTWRITEBYTECODE is set, as it is on some
    build machines): start-up is measured as users get it, not with every module compiled per run."""
    import compileall
    from pathlib import Path

    import izsa_desktop

    compileall.compile_dir(str(Path(izsa_desktop.__file__).parent), quiet=1)


def bench_startup(ctx) -> dict[str, float]:
    """Process start -> main window shown with the 15k-project list populated, vs a bare QMainWindow."""
    _compile_package()
    db = str(workspace_path(ctx, ctx.size(15_000, 2_000)))
    _probe("baseline")  # warm the file cache for both
    _probe("window", db)
    base, app = [], []
    for _ in range(3 if not ctx.quick else 1):
        base.append(_probe("baseline")[0])
        app.append(_probe("window", db)[0])
    return {"startup_baseline_ms": statistics.median(base), "startup_window_ms": statistics.median(app)}


def bench_rss_and_generate(ctx) -> dict[str, float]:
    n = ctx.size(100_000, 5_000)
    db = str(workspace_path(ctx, n))
    out = {}
    if ("generate_s", n) in ctx.cache:
        out["demo_generate_100k_s"] = ctx.cache[("generate_s", n)]
    _, info = _probe("window", db, "--similar")
    out["rss_100k_mb"] = info["rss_mb"]  # the window open on 100k projects, the first one in the form
    out["rss_100k_after_similar_mb"] = info["rss_similar_mb"]  # and once similar projects were asked for
    return out


# clerk queries that the search rule turns into glossary concepts (synonyms, abbreviations, unit names)
CONCEPT_QUERIES = ("güneş enerjisi", "geri dönüşüm", "iklim", "ges", "bostan")


def bench_list_filter(ctx) -> dict[str, float]:
    """Typing 'çeşme bostan' into the list search over 100k projects, per keystroke; then the concept
    queries (the worst query's p95 and max)."""
    db = str(workspace_path(ctx, ctx.size(100_000, 5_000)))
    _, info = _probe("filter", db, "çeşme bostan")
    out = {"list_filter_p95_ms": info["p95"], "list_filter_p50_ms": info["p50"], "list_filter_max_ms": info["max"]}
    runs = [_probe("filter", db, q)[1] for q in CONCEPT_QUERIES]
    out["list_filter_concepts_p95_ms"] = max(r["p95"] for r in runs)
    out["list_filter_concepts_max_ms"] = max(r["max"] for r in runs)
    return out
