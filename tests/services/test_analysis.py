"""Gap analysis counts against independent raw SQL on a demo workspace."""

from __future__ import annotations

import json

from sqlalchemy import text

from izsa_desktop.core import taxonomy as tx
from izsa_desktop.services import analysis
from izsa_desktop.services.demo import generate


def _raw_goal_counts(ws):
    """Independent count: reads the JSON sdg_goals column, not project_tag."""
    out = {}
    with ws.engine.connect() as c:
        for d, goals, deleted in c.execute(text("SELECT district, sdg_goals, deleted FROM project")):
            if deleted:
                continue
            for g in set(json.loads(goals) if isinstance(goals, str) else goals):
                out[(d, int(g))] = out.get((d, int(g)), 0) + 1
    return out


def test_matrix_equals_direct_count(central_ws):
    generate(central_ws, 400, seed=7)
    with central_ws.engine.begin() as c:
        c.execute(text("UPDATE project SET deleted = true WHERE pk % 10 = 0"))
    m = analysis.district_goal_matrix(central_ws)
    raw = _raw_goal_counts(central_ws)
    assert m.counts == raw
    assert m.districts == tx.district_ids() and m.goals == tuple(range(1, 18))
    with central_ws.engine.connect() as c:
        live = c.execute(text("SELECT COUNT(*) FROM project WHERE deleted = 0")).scalar()
    assert m.total_projects == live == 360
    assert sum(m.totals_by_goal.values()) == sum(raw.values())
    with_deleted = analysis.district_goal_matrix(central_ws, include_deleted=True)
    assert with_deleted.total_projects == 400


def test_matrix_restricted_and_other_aggregates(central_ws):
    generate(central_ws, 200, seed=3)
    full = analysis.district_goal_matrix(central_ws)
    one = analysis.district_goal_matrix(central_ws, district="karsiyaka", goal=11)
    assert one.districts == ("karsiyaka",) and one.goals == (11,)
    assert one.count("karsiyaka", 11) == full.count("karsiyaka", 11)
    themes = analysis.theme_coverage(central_ws)
    assert set(themes) == set(tx.themes())
    groups = analysis.target_group_coverage(central_ws)
    assert set(groups) == set(tx.TARGET_GROUPS)
    ys = analysis.by_start_year_and_status(central_ws)
    assert sum(ys.values()) == 200
    assert all(st in tx.STATUSES for _, st in ys)
    tc = analysis.target_counts(central_ws, 11)
    with central_ws.engine.connect() as c:
        rows = c.execute(text("SELECT sdg_targets FROM project WHERE deleted = 0")).all()
    expect = {}
    for (ts,) in rows:
        for t in set(json.loads(ts) if isinstance(ts, str) else ts):
            if t.startswith("11."):
                expect[t] = expect.get(t, 0) + 1
    assert {k: v for k, v in tc.items() if v} == expect


def test_matrix_sqlite_plan_is_index_only_without_a_sort(central_ws):
    """The cell query walks project(district, deleted, pk) and seeks project_tag(kind, project_pk,
    value): no wide project rows, no temporary b-tree (analysis._goal_queries)."""
    from sqlalchemy.dialects import sqlite

    q, _ = analysis._goal_queries(None, None, False)
    q_sql = str(q.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with central_ws.engine.connect() as c:
        plan = [r[3] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + q_sql)]
    assert plan[0].startswith("SCAN project USING COVERING INDEX ix_project_live_district"), plan
    assert "COVERING INDEX ix_project_tag_kind_project" in plan[1], plan
    assert not any("TEMP B-TREE" in p for p in plan), plan


def test_matrix_restricted_and_deleted_variants_equal_raw_count(central_ws):
    generate(central_ws, 300, seed=11)
    with central_ws.engine.begin() as c:
        c.execute(text("UPDATE project SET deleted = true WHERE pk % 7 = 0"))
    raw = _raw_goal_counts(central_ws)
    full = analysis.district_goal_matrix(central_ws)
    assert full.counts == raw
    for d in ("karsiyaka", "konak"):
        row = analysis.district_goal_matrix(central_ws, district=d)
        assert row.counts == {k: v for k, v in raw.items() if k[0] == d}
        assert row.totals_by_district[d] == full.totals_by_district[d]
    col = analysis.district_goal_matrix(central_ws, goal=3)
    assert col.counts == {k: v for k, v in raw.items() if k[1] == 3}
    assert col.total_projects == sum(col.counts.values())
    every = analysis.district_goal_matrix(central_ws, include_deleted=True)
    assert every.total_projects == 300
    assert all(every.count(d, g) >= full.count(d, g) for d in full.districts for g in full.goals)
