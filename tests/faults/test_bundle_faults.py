"""Fault injection on the central import: SIGKILL at random points, and a full disk.

* Kill: a forked child opens a copy of the central database and imports a small real bundle; a
  SQLAlchemy hook kills the child with SIGKILL just before its N-th SQL statement or at COMMIT
  (N random). The parent then checks ``PRAGMA integrity_check`` and that the state is exactly the
  state before or the state after a complete import.
* Disk full: SQLite ``max_page_count`` makes the database "full" in the middle of the import ->
  ``IzsaError("disk_full")``, nothing changed, and the retry with space succeeds. The export side
  uses ``RLIMIT_FSIZE`` in a child: ``disk_full`` and no file, no sequence number used.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.bundles_import import import_file
from izsa_desktop.services.workspace import open_workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from test_bundle_helpers import PASS, add_projects, central, district, edit  # noqa: E402

TABLES = ("project", "project_tag", "audit_log", "attachment", "attachment_blob", "bundle_seen", "bundle_branch",
          "bundle_history", "bundle_conflict", "bundle_duplicate", "bundle_undo", "bundle_pinned_key",
          "workspace_meta")


def state(path) -> tuple:  # type: ignore[no-untyped-def]
    """Everything except wall-clock columns (which differ between runs)."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        out = []
        for t in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})")
                    if not (r[1] == "at" or r[1].endswith("_at") or r[1] in ("id", "pk", "project_pk"))]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()
            out.append((t, sorted(map(repr, rows))))
        return tuple(out)
    finally:
        con.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    cen = central(tmp)
    bor = district(tmp, "bornova", cen)
    ids = add_projects(bor, 4)
    export_district_bundle(bor, tmp / "b1.izsa", PASS)
    import_file(cen, tmp / "b1.izsa")
    edit(cen, ids[0], title_tr="Merkez")
    edit(bor, ids[0], title_tr="İlçe")
    edit(bor, ids[1], summary="değişti")
    add_projects(bor, 3, seed=9)
    export_district_bundle(bor, tmp / "b2.izsa", PASS)
    cen.close()
    bor.close()
    before = state(tmp / "central.sqlite")
    shutil.copy(tmp / "central.sqlite", tmp / "after.sqlite")
    ws = open_workspace(tmp / "after.sqlite")
    import_file(ws, tmp / "b2.izsa")
    ws.close()
    return tmp, before, state(tmp / "after.sqlite")


def _child_import(db, bundle, kill_at: int) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(db)
    n = [0]

    def tick(*_a):  # type: ignore[no-untyped-def]
        n[0] += 1
        if n[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(ws.engine, "before_cursor_execute", tick)
    event.listen(ws.engine, "commit", tick)
    import_file(ws, bundle)


def _fork(fn, *args) -> int:  # type: ignore[no-untyped-def]
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            fn(*args)
        except BaseException:  # noqa: BLE001
            code = 3
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return status


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_before_or_after(setup, tmp_path):
    tmp, before, after = setup
    rng = random.Random(20261121)
    seen = {"before": 0, "after": 0}
    killed = 0
    trials = 200
    probe = tmp_path / "probe.sqlite"
    shutil.copy(tmp / "central.sqlite", probe)
    ws = open_workspace(probe)
    count = [0]
    event.listen(ws.engine, "before_cursor_execute", lambda *a: count.__setitem__(0, count[0] + 1))
    event.listen(ws.engine, "commit", lambda *a: count.__setitem__(0, count[0] + 1))
    import_file(ws, tmp / "b2.izsa")
    ws.close()
    assert count[0] > 20
    for i in range(trials):
        db = tmp_path / f"c{i % 4}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            (tmp_path / f"c{i % 4}.sqlite{suffix}").unlink(missing_ok=True)
        shutil.copy(tmp / "central.sqlite", db)
        status = _fork(_child_import, db, tmp / "b2.izsa", rng.randint(1, count[0] + 6))
        killed += os.WIFSIGNALED(status)
        got = state(db)
        assert got in (before, after), f"trial {i}: state is neither before nor after"
        seen["before" if got == before else "after"] += 1
    assert killed >= 150 and seen["before"] > 0 and seen["after"] > 0, (killed, seen)


def test_disk_full_during_import_is_clean_and_retry_works(setup, tmp_path):
    tmp, before, after = setup
    db = tmp_path / "c.sqlite"
    shutil.copy(tmp / "central.sqlite", db)
    ws = open_workspace(db)
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]

    def limit(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 1}")

    event.listen(ws.engine, "connect", limit)
    ws.engine.dispose()
    with pytest.raises(IzsaError) as e:
        import_file(ws, tmp / "b2.izsa")
    assert e.value.code == "disk_full"
    ws.close()
    assert state(db) == before
    ws = open_workspace(db)  # space again
    import_file(ws, tmp / "b2.izsa")
    ws.close()
    assert state(db) == after


def _child_export(tmp) -> None:  # type: ignore[no-untyped-def]
    ws = open_workspace(tmp / "bornova.sqlite")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))
    try:
        export_district_bundle(ws, tmp / "full.izsa", PASS)
    except IzsaError as e:
        os._exit(7 if e.code == "disk_full" else 4)
    os._exit(5)


def test_disk_full_during_export_leaves_no_file_and_no_seq(setup):
    tmp, _b, _a = setup
    ws = open_workspace(tmp / "bornova.sqlite")
    from izsa_desktop.services.keys import next_seq

    with ws.session() as s:
        seq = next_seq(s)
    ws.close()
    status = _fork(_child_export, tmp)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 7
    assert not (tmp / "full.izsa").exists() and not list(tmp.glob(".full.izsa*"))
    ws = open_workspace(tmp / "bornova.sqlite")
    with ws.session() as s:
        assert next_seq(s) == seq
    r = export_district_bundle(ws, tmp / "full.izsa", PASS)
    assert r.seq == seq and (tmp / "full.izsa").exists()
    ws.close()
