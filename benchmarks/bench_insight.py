"""Insight benchmarks: the District x SDG gap matrix on 100k projects and similar-project queries on 15k.

* ``bench_gap_matrix``: ``gap_matrix_100k_ms`` (median of 5 runs of ``district_goal_matrix``) with
  ``gap_matrix_naive_100k_ms`` as the baseline: the naive way, loading every row's JSON goal list and
  counting in Python.
* ``bench_similar``: ``similar_query_15k_ms`` (p95 of 50 queries on the in-memory index, typed text of
  a project) with ``similar_scan_15k_ms`` as the baseline: scoring every project (no inverted index)
  for one query; ``similar_index_15k_ms`` is the index build time (load + vectors).
* ``bench_joint``: the joint-project finder (``joint.find_pairs``). ``joint_2k_ms`` runs it to the end on
  2k projects; on 100k it is stopped after ``JOINT_TIME_BOX_S`` and ``joint_100k_ms`` is the projection
  ``elapsed * n / projects done`` (it grows with n^2: every project shares stems with most others), with
  ``joint_100k_done`` the projects processed; ``joint_index_100k_ms`` is the index build.
"""

from __future__ import annotations

import random
import statistics
import time

from izsa_desktop.services import analysis, joint
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
    qvec = idx.vector(q.text, q.title)
    scored = []
    for i, d in enumerate(idx.docs):
        dvec = idx.vector(d.text, d.title)
        cos = sum(w * dvec.get(s, 0.0) for s, w in qvec.items())
        scored.append((idx._score(q, d, cos), i))
    scored.sort(reverse=True)
    scan = _ms(t0)
    return {"similar_query_15k_ms": p95, "similar_scan_15k_ms": scan, "similar_index_15k_ms": build}


JOINT_TIME_BOX_S = 20.0


def _joint_run(index, box_s: float | None) -> tuple[float, int, joint.JointResult]:
    """(elapsed ms, projects processed, result) of find_pairs, stopped after ``box_s`` seconds if given."""
    calls = [0]  # find_pairs asks cancelled() once before each project
    t0 = time.perf_counter()

    def cancelled():
        calls[0] += 1
        return box_s is not None and time.perf_counter() - t0 > box_s

    res = joint.find_pairs(index, cancelled=cancelled)
    ms = _ms(t0)
    stopped = box_s is not None and ms > box_s * 1000
    return ms, (max(calls[0] - 1, 1) if stopped else len(index.docs)), res


def bench_joint(ctx) -> dict[str, float]:
    ws = open_workspace(workspace_path(ctx, 2_000))
    try:
        idx = sim.build_index(ws)
    finally:
        ws.close()
    ms, _, res = _joint_run(idx, None)
    out = {"joint_2k_ms": ms, "joint_2k_pairs": float(len(res.pairs))}
    n = ctx.size(100_000, 5_000)
    ws = open_workspace(workspace_path(ctx, n))
    try:
        t0 = time.perf_counter()
        idx = sim.build_index(ws)
        out["joint_index_100k_ms"] = _ms(t0)
    finally:
        ws.close()
    ms, done, _ = _joint_run(idx, JOINT_TIME_BOX_S)
    out["joint_100k_ms"] = ms * len(idx.docs) / done
    out["joint_100k_done"] = float(done)
    return out
