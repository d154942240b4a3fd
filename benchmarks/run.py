"""Run every benchmark (or some) and print one JSON object of named metrics with their baselines.

    python -m benchmarks.run                 # all
    python -m benchmarks.run --only app map  # benchmarks/bench_app.py and bench_map.py
    python -m benchmarks.run --quick         # smaller sizes (a smoke run, not for the figures)

Each ``benchmarks/bench_*.py`` module exposes functions ``bench_*(ctx) -> dict[str, float]``. Budgets
compare a metric with a baseline measured in the same run (a ratio) or with a fixed bound.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "bench-out"

# metric -> (baseline metric or None, budget description, check(value, baseline) -> bool)
BUDGETS = {
    "startup_window_ms": ("startup_baseline_ms", "<= 1.5 x baseline + 500 ms", lambda v, b: v <= 1.5 * b + 500),
    "list_filter_p95_ms": (None, "<= 50 ms", lambda v, b: v <= 50),
    "rss_100k_mb": (None, "<= 400 MB", lambda v, b: v <= 400),
    "map_overview_15k_ms": ("map_naive_folium_15k_ms", ">= 10x faster than baseline and <= 1000 ms",
                            lambda v, b: v * 10 <= b and v <= 1000),
    "map_filter_update_ms": (None, "<= 200 ms", lambda v, b: v <= 200),
    "bundle_export_10k_ms": (None, "<= 1000 ms", lambda v, b: v <= 1000),
    "bundle_import_10k_into_100k_ms": ("sqlite_upsert_10k_into_100k_ms", "<= 3 x baseline", lambda v, b: v <= 3 * b),
    "merge_30x1k_ms": (None, "<= 3000 ms", lambda v, b: v <= 3000),
    "gap_matrix_100k_ms": (None, "<= 200 ms", lambda v, b: v <= 200),
    "similar_query_15k_ms": (None, "<= 100 ms (p95)", lambda v, b: v <= 100),
    # hostile bundles (bench_fuzz.py; issue "Trust": the fuzzer's soak, the duplicate bound of item 9)
    "fuzz_failures": (None, "= 0 (no broken invariant)", lambda v, b: v == 0),
    "dup_hostile_2000_rows": (None, "<= 22,000 (20 partners per record)", lambda v, b: v <= 22_000),
    "dup_hostile_2000_ms": ("dup_honest_2000_ms", "<= 2 x baseline", lambda v, b: v <= 2 * b),
    # finding things on real data (bench_finding.py; issue 14 targets, *_base = pre-issue code, same run)
    "find_search_list_p": ("find_search_list_p_base", ">= 0.9", lambda v, b: v >= 0.9),
    "find_search_list_r": ("find_search_list_r_base", ">= 0.9", lambda v, b: v >= 0.9),
    "find_search_fts_p": ("find_search_fts_p_base", ">= 0.9", lambda v, b: v >= 0.9),
    "find_search_fts_r": ("find_search_fts_r_base", ">= 0.9", lambda v, b: v >= 0.9),
    "find_search_list_fts_unequal": (None, "== 0 queries", lambda v, b: v == 0),
    "find_similar_p5": ("find_similar_p5_base", ">= 0.8 x ceiling (find_similar_ceiling)", None),
    "find_joint_p": ("find_joint_p_base", ">= 0.8", lambda v, b: v >= 0.8),
    "find_joint_r": ("find_joint_r_base", ">= 0.7", lambda v, b: v >= 0.7),
}


@dataclass
class Context:
    quick: bool = False
    out: Path = OUT
    cache: dict = field(default_factory=dict)

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def discover(only: list[str] | None) -> list:
    import benchmarks

    mods = []
    for m in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not m.name.startswith("bench_"):
            continue
        if only and m.name.removeprefix("bench_").split("_")[0] not in only and m.name.removeprefix("bench_") not in only:
            continue
        mods.append(importlib.import_module(f"benchmarks.{m.name}"))
    return mods


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    ctx = Context(quick=args.quick)
    ctx.out.mkdir(exist_ok=True)
    metrics: dict[str, float] = {}
    errors: dict[str, str] = {}
    for mod in discover(args.only):
        for name in sorted(n for n in dir(mod) if n.startswith("bench_")):
            fn = getattr(mod, name)
            t0 = time.perf_counter()
            try:
                got = fn(ctx)
            except Exception:
                errors[f"{mod.__name__}.{name}"] = traceback.format_exc(limit=5)
                continue
            metrics.update({k: round(float(v), 3) for k, v in got.items()})
            sys.stderr.write(f"{mod.__name__}.{name}: {time.perf_counter() - t0:.1f} s\n")
    budgets = {}
    for metric, (base, text, check) in BUDGETS.items():
        if metric not in metrics or (base and base not in metrics):
            continue
        b = metrics.get(base) if base else None
        if check is None and metric == "find_similar_p5":  # a budget relative to another metric
            check = lambda v, b, c=metrics.get("find_similar_ceiling", 1.0): v >= 0.8 * c  # noqa: E731
        budgets[metric] = {
            "value": metrics[metric], "baseline": base, "baseline_value": b,
            "ratio": round(metrics[metric] / b, 3) if b else None, "budget": text, "ok": bool(check(metrics[metric], b)),
        }
    print(json.dumps({"quick": args.quick, "metrics": metrics, "budgets": budgets, "errors": errors},
                     ensure_ascii=False, indent=2))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
