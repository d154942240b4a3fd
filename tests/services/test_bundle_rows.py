"""Fast row readers of the bundle services give exactly what the ORM round trip gave, and the paused
garbage collector is always restored."""

from __future__ import annotations

import gc
import threading

from sqlalchemy import select, text
from test_bundle_helpers import add_projects, district

from izsa_desktop.core.model import project_to_dict
from izsa_desktop.services.bundles_export import _project_rows
from izsa_desktop.services.bundles_io import gc_paused
from izsa_desktop.store.bundle_repo import load_rows, row_dict
from izsa_desktop.store.models import ProjectRow
from izsa_desktop.store.projects import to_meta, to_project


def test_row_readers_equal_the_orm_round_trip(tmp_path):
    ws = district(tmp_path, "bornova")
    ids = add_projects(ws, 40, seed=3)
    with ws.engine.begin() as c:  # NULLs where the ORM path substitutes defaults
        c.execute(text("UPDATE project SET sdg_goals = NULL, title_en = NULL, notes = NULL, end_date = NULL,"
                       " geometry = NULL WHERE uuid = :u"), {"u": ids[0]})
        c.execute(text("UPDATE project SET open_to_collab = 1, deleted = 1 WHERE uuid = :u"), {"u": ids[1]})
    with ws.session() as s:
        orm = {r.uuid: r for r in s.scalars(select(ProjectRow))}
        want = {u: project_to_dict(to_project(r)) for u, r in orm.items()}
        fast = {r["uuid"]: r for r in _project_rows(s, select(ProjectRow.__table__))}
        assert {u: row_dict(r) for u, r in fast.items()} == want
        for u, r in fast.items():  # every column with the ORM's value and type
            for c in ProjectRow.__table__.columns:
                assert r[c.name] == getattr(orm[u], c.name) and type(r[c.name]) is type(getattr(orm[u], c.name))
        got = load_rows(s, ids)
        assert {u: v for u, (v, _m, _p) in got.items()} == {u: want[u] for u in ids}
        assert all(m == to_meta(orm[u]) and pk == orm[u].pk for u, (_v, m, pk) in got.items())
    assert want[ids[0]]["sdg_goals"] == [] and want[ids[0]]["title_en"] == ""


def test_gc_paused_restores_the_collector_nested_and_across_threads():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with gc_paused():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    t.start()
    inside.wait(5)
    with gc_paused():
        pass
    assert not gc.isenabled()  # the other thread's section is still running
    release.set()
    t.join()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
