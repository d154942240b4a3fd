"""Fast row readers of the bundle services give exactly what the ORM round trip gave, and the paused
garbage collector is always restored."""

from __future__ import annotations

import gc
import threading

from sqlalchemy import select, text
from test_bundle_helpers import add_projects, district

from izsa_desktop.core.model import project_to_dict
from izsa_desktop.services.bundles_export import project_rows
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
        fast = {r["uuid"]: r for r in project_rows(s, select(ProjectRow.__table__))}
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


def test_search_texts_equal_search_text_for_awkward_text():
    import random as _random

    from izsa_desktop.core.model import Project
    from izsa_desktop.store.projects import search_text, search_texts

    rng = _random.Random(4)
    alphabet = ["a", "İ", "ı", "I", "ş", "Ç", "é", "\u0301", " ", "-", ".", "Σ", "ΑΣ", "ß", "ǅ", "K", "1", "", "…"]

    def s() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))

    ps = [Project(district=rng.choice(["konak", "bornova", "xx"]), title_tr=s(), title_en=s(), purpose=s(),
                  summary=s(), keywords=s(), neighbourhood=s(), address=s(), responsible_unit=s(),
                  collab_sought=s(), partners=[{"name": s()} for _ in range(rng.randrange(0, 3))])
          for _ in range(3000)]
    assert search_texts(ps) == [search_text(p) for p in ps]


def test_bulk_add_stores_exactly_what_the_orm_add_stores(tmp_path):
    import random as _random
    from datetime import date

    from izsa_desktop.core.model import RecordMeta, project_from_dict
    from izsa_desktop.services import demo
    from izsa_desktop.store.projects import ProjectRepo

    rng = _random.Random(8)
    ps = [demo.make_project(rng, "bornova", date(2026, 1, 1)) for _ in range(60)]
    ps[0].geometry = {"type": "Point", "coordinates": [27.1, 38.4]}
    ps[1].sdg_goals, ps[1].start_date, ps[1].open_to_collab = [], None, True
    for p in ps:
        d = project_to_dict(p)
        assert project_from_dict(d) == p  # the one reader the import uses too
    meta = RecordMeta(version=1, base_version=1, local_edits=False, created_at="t", updated_at="t")
    wa = district(tmp_path, "bornova")
    (tmp_path / "b").mkdir()
    wb = district(tmp_path / "b", "bornova")
    with wa.session() as s, s.begin():
        ProjectRepo(s).bulk_add([(p, meta) for p in ps], "u", "src")
    with wb.session() as s, s.begin():
        for p in ps:
            ProjectRepo(s).add(p, meta, "u", "src")

    def dump(ws):  # type: ignore[no-untyped-def]
        with ws.engine.connect() as c:
            cols = [r[1] for r in c.exec_driver_sql("PRAGMA table_info(project)") if r[1] != "pk"]
            rows = sorted(c.exec_driver_sql(f"SELECT {', '.join(cols)} FROM project").all())
            tags = sorted(c.exec_driver_sql("SELECT p.uuid, kind, value FROM project_tag t JOIN project p"
                                            " ON p.pk = t.project_pk").all())
            fts = sorted(c.exec_driver_sql("SELECT p.uuid, body FROM project_fts f JOIN project p"
                                           " ON p.pk = f.rowid").all())
            audit = sorted(c.exec_driver_sql("SELECT user, action, project_uuid, field, old, new, source"
                                             " FROM audit_log WHERE project_uuid != ''").all())
            return rows, tags, fts, audit

    got, want = dump(wa), dump(wb)
    assert got == want and len(got[0]) == 60 and got[1] and got[2]
