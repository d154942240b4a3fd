"""The District x SDG matrix on both engines (the SQLite plan trick must be harmless on PostgreSQL)."""

from __future__ import annotations

import json

from sqlalchemy import text

from izsa_desktop.services import analysis
from izsa_desktop.services.demo import generate


def test_matrix_equals_json_count_on_both_engines(central_ws):
    generate(central_ws, 250, seed=5)
    with central_ws.engine.begin() as c:
        c.execute(text("UPDATE project SET deleted = true WHERE pk % 9 = 0"))
    raw: dict = {}
    with central_ws.engine.connect() as c:
        for d, goals, deleted in c.execute(text("SELECT district, sdg_goals, deleted FROM project")):
            for g in set() if deleted else set(json.loads(goals) if isinstance(goals, str) else goals):
                raw[(d, int(g))] = raw.get((d, int(g)), 0) + 1
        live = c.execute(text("SELECT count(*) FROM project WHERE deleted = false")).scalar()
    m = analysis.district_goal_matrix(central_ws)
    assert m.counts == raw and m.total_projects == live
    one = analysis.district_goal_matrix(central_ws, district="konak", goal=3)
    assert one.count("konak", 3) == raw.get(("konak", 3), 0)
    assert analysis.district_goal_matrix(central_ws, include_deleted=True).total_projects == 250
