"""Insight benchmarks: the District x SDG gap matrix on 100k projects and similar-project queries on 15k.

* ``bench_gap_matrix``: ``gap_matrix_100k_ms`` (median of 5 runs of ``district_goal_matrix``) with
  ``gap_matrix_naive_100k_ms`` as the baseline: the naive way, loading every row's JSON goal list and
  counting in Python.
* ``bench_similar``: ``similar_query_15k_ms`` (p95 of 50 queries on the in-memory index, typed text of
  a project) with ``similar_scan_15k_ms`` as the baseline: scoring every project (no inverted index)
  for one query; ``similar_index_15k_ms`` is the index build time (load + vectors).
"""

from __future__ import annotations

import random
import statistics
import time

from izsa_desktop.services import analysis
from izsa_desktop.services import similarity as sim
from izsa_desktop.services.workspace import open_workspace

from .workspaces import workspace_path


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def bench_gap_matrix(ctx) -> dict[str, float]:
    n = ctx.size(100_000, 5_000)
    ws = open_workspace(workspace_path(ctx, n))
    try:
        analysis.district_goal_matrix(ws)  # warm the page cache
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            analysis.district_goal_matrix(ws)
            runs.append(_ms(t0))
        t0 = time.perf_counter()
        counts: dict = {}
        with ws.engine.connect() as c:
            import json
            for d, g in c.exec_driver_sql("SELECT district, sdg_goals FROM project WHERE deleted = 0"):
                for x in set(json.loads(g)):
                    counts[(d, x)] = counts.get((d, x), 0) + 1
        naive = _ms(t0)
    finally:
        ws.close()
    return {"gap_matrix_100k_ms": statistics.median(runs), "gap_matrix_naive_100k_ms": naive}


def bench_similar(ctx) -> dict[str, float]:
    n = ctx.size(15_000, 2_000)
    ws = open_workspace(workspace_path(ctx, n))
    try:
        t0 = time.perf_counter()
        idx = sim.build_index(ws)
        build = _ms(t0)
    finally:
        ws.close()
    rnd = random.Random(35)
    times = []
    for d in rnd.sample(idx.docs, 50):
        q = sim.Doc("typed", d.district, d.title, d.text, d.goals, d.targets, d.groups, d.lat, d.lon)
        t0 = time.perf_counter()
        idx.query(q, 10)
        times.append(_ms(t0))
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    q = idx.docs[0]
    t0 = time.perf_counter()
    qvec = idx.vector(q.text)
    scored = []
    for i, d in enumerate(idx.docs):
        cos = sum(w * idx.vectors[i].get(s, 0.0) for s, w in qvec.items())
        scored.append((idx._score(q, d, cos), i))
    scored.sort(reverse=True)
    scan = _ms(t0)
    return {"similar_query_15k_ms": p95, "similar_scan_15k_ms": scan, "similar_index_15k_ms": build}
