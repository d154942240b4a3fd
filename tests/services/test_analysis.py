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
